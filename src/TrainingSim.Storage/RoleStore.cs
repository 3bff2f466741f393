using LiteDB;
using TrainingSim.Core.Security;

namespace TrainingSim.Storage;

/// <summary>Role passphrase hashes and lockout state in the progress database (collection <c>roles</c>,
/// one document per role, keyed by the role's name). Every save is checkpointed, so a lockout survives even
/// a killed process. Pass the <see cref="ILiteDatabase"/> the progress store opened (shared connection).</summary>
public sealed class RoleStore(ILiteDatabase database) : IRoleStore
{
    public const string Collection = "roles";

    private ILiteCollection<BsonDocument> Roles => database.GetCollection(Collection);

    public RoleCredential? Find(Role role)
    {
        var document = Roles.FindById(Key(role));
        return document is null ? null : new RoleCredential(role, SecretBson.Hash(document)).WithCounts(SecretBson.Counts(document));
    }

    public void Save(RoleCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Roles.Upsert(SecretBson.ToDocument(Key(credential.Role), credential.Hash, credential.Counts));
        database.Checkpoint();
    }

    private static string Key(Role role) => role == Role.Lead ? "lead" : "trainer";
}
