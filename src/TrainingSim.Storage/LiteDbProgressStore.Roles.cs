using LiteDB;
using TrainingSim.Core.Security;

namespace TrainingSim.Storage;

public sealed partial class LiteDbProgressStore
{
    /// <summary>The role passphrases and lockout state kept in this database (<see cref="RoleStore"/>).</summary>
    public IRoleStore Roles => new RoleStore(this);

    /// <summary>The trainees' PINs and the PIN setting kept in this database (<see cref="PinStore"/>).</summary>
    public IPinStore Pins => new PinStore(this);

    /// <summary>A write of <see cref="RoleStore"/> or <see cref="PinStore"/>, durable like every other write.</summary>
    internal T WriteWith<T>(string what, Func<ILiteDatabase, T> body) => Write(what, () => body(_db));

    internal T ReadWith<T>(Func<ILiteDatabase, T> body) => Run(() => body(_db));
}
