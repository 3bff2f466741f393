namespace TrainingSim.Core.Security;

/// <summary>Where role passphrases and lockout state live. A save is durable when the call returns.</summary>
public interface IRoleStore
{
    RoleCredential? Find(Role role);

    void Save(RoleCredential credential);
}
