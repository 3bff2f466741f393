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
        if (document is null)
            return null;
        var lockedUntil = document["lockedUntil"];
        return new RoleCredential(
            role,
            document["hash"].AsString,
            document["failedAttempts"].AsInt32,
            document["lockouts"].AsInt32,
            lockedUntil.IsNull ? null : new DateTimeOffset(lockedUntil.AsInt64, TimeSpan.Zero));
    }

    public void Save(RoleCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Roles.Upsert(new BsonDocument
        {
            ["_id"] = Key(credential.Role),
            ["hash"] = credential.Hash,
            ["failedAttempts"] = credential.FailedAttempts,
            ["lockouts"] = credential.Lockouts,
            // UTC ticks: exact, and free of the local-time conversion LiteDB applies to dates.
            ["lockedUntil"] = credential.LockedUntil is { } until ? new BsonValue(until.UtcTicks) : BsonValue.Null,
        });
        database.Checkpoint();
    }

    private static string Key(Role role) => role == Role.Lead ? "lead" : "trainer";
}
