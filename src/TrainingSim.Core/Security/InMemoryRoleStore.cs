namespace TrainingSim.Core.Security;

/// <summary>Role credentials in memory: for tests and for a session without a database.</summary>
public sealed class InMemoryRoleStore : IRoleStore
{
    private readonly Dictionary<Role, RoleCredential> _credentials = [];

    public RoleCredential? Find(Role role) => _credentials.GetValueOrDefault(role);

    public void Save(RoleCredential credential) => _credentials[credential.Role] = credential;
}
