using TrainingSim.Core.Security;

namespace TrainingSim.Storage;

public sealed partial class LiteDbProgressStore
{
    /// <summary>The role passphrases and lockout state kept in this database (<see cref="RoleStore"/>).</summary>
    public IRoleStore Roles => new RoleStore(_db);

    /// <summary>The trainees' PINs and the PIN setting kept in this database (<see cref="PinStore"/>).</summary>
    public IPinStore Pins => new PinStore(_db);
}
