using TrainingSim.Core.Security;

namespace TrainingSim.Storage;

/// <summary>Role passphrase hashes and lockout state in the progress database (collection <c>roles</c>,
/// one document per role, keyed by the role's name). Every save goes through the store's durable write, like
/// <see cref="PinStore"/>: a passphrase or a lockout is reported only once it is stored.</summary>
public sealed class RoleStore : IRoleStore
{
    public const string Collection = "roles";

    private readonly LiteDbProgressStore _store;

    internal RoleStore(LiteDbProgressStore store) => _store = store;

    public RoleCredential? Find(Role role) => _store.ReadWith(db =>
        db.GetCollection(Collection).FindById(Key(role)) is { } document
            ? new RoleCredential(role, SecretBson.Hash(document)).WithCounts(SecretBson.Counts(document))
            : null);

    public void Save(RoleCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _store.WriteWith($"the passphrase of the {Key(credential.Role)} role",
            db => db.GetCollection(Collection).Upsert(SecretBson.ToDocument(Key(credential.Role), credential.Hash, credential.Counts)));
    }

    private static string Key(Role role) => role == Role.Lead ? "lead" : "trainer";
}
