using LiteDB;
using TrainingSim.Core.Security;

namespace TrainingSim.Storage;

/// <summary>One stored secret (a role's passphrase, a trainee's PIN) as a document: <c>hash</c>,
/// <c>failedAttempts</c>, <c>lockouts</c> and <c>lockedUntil</c> (UTC ticks: exact, and free of the local-time
/// conversion LiteDB applies to dates).</summary>
internal static class SecretBson
{
    public static BsonDocument ToDocument(BsonValue id, string hash, LockoutCounts counts) => new()
    {
        ["_id"] = id,
        ["hash"] = hash,
        ["failedAttempts"] = counts.FailedAttempts,
        ["lockouts"] = counts.Lockouts,
        ["lockedUntil"] = counts.LockedUntil is { } until ? new BsonValue(until.UtcTicks) : BsonValue.Null,
    };

    public static string Hash(BsonDocument document) => document["hash"].AsString;

    public static LockoutCounts Counts(BsonDocument document)
    {
        var lockedUntil = document["lockedUntil"];
        return new LockoutCounts(
            document["failedAttempts"].AsInt32,
            document["lockouts"].AsInt32,
            lockedUntil.IsNull ? null : new DateTimeOffset(lockedUntil.AsInt64, TimeSpan.Zero));
    }
}
