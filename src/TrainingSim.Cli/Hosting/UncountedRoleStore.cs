using TrainingSim.Core.Security;

namespace TrainingSim.Cli;

/// <summary>The roles of a database opened read-only: passphrases are checked against them, lockouts
/// honoured, but nothing can be recorded, so a wrong try is not counted.</summary>
internal sealed class UncountedRoleStore(IRoleStore stored) : IRoleStore
{
    public RoleCredential? Find(Role role) => stored.Find(role);

    public void Save(RoleCredential credential)
    {
    }
}
