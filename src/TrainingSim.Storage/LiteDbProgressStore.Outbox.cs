using LiteDB;
using TrainingSim.Interchange.Export;
using TrainingSim.Core.Progress;
using TrainingSim.Interchange.Sync;

namespace TrainingSim.Storage;

/// <summary>The outbox (collection <c>outbox</c>, in insertion order) and the sync state (collection
/// <c>sync</c>). <see cref="StartAttempt"/>, <see cref="RecordTurn"/> and <see cref="FinishAttempt"/> put their
/// statements in within their own transaction, so a killed process never has a turn without its statement.</summary>
public sealed partial class LiteDbProgressStore : IStatementOutbox
{
    internal const string OutboxName = "outbox";
    private const string SyncName = "sync";
    private const string StateId = "state";

    /// <summary>Composes the statements that go into the outbox; the program sets it to an exporter with its
    /// scenario library, so statements carry titles and the customer's lines as <c>export</c> writes them.</summary>
    public XapiExporter Statements { get; set; } = new();

    private ILiteCollection<BsonDocument> Outbox => _db.GetCollection(OutboxName, BsonAutoId.Int64);

    public int OutboxCount() => Run(() => Outbox.Count());

    public IReadOnlyList<OutboxEntry> OutboxPage(long afterKey, int max) => Read(() =>
        Outbox.Find(Query.GT("_id", afterKey), limit: max).Select(ToEntry).ToList());

    public void OutboxSent(IReadOnlyCollection<long> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Write("the statements sent", () =>
        {
            foreach (var key in keys)
                Outbox.Delete(key);
            return true;
        });
    }

    public void OutboxRefused(long key, string problem) => Write("the LRS's answer", () =>
    {
        if (Outbox.FindById(key) is { } doc)
        {
            doc["problem"] = problem;
            Outbox.Update(doc);
        }

        return true;
    });

    public SyncState ReadSyncState() => Run(() => _db.GetCollection(SyncName).FindById(StateId) is { } doc
        ? new SyncState(
            NullableString(doc["pulled_until"]), Moment(doc["last_success"]), NullableString(doc["last_error"]),
            Moment(doc["last_error_at"]), Moment(doc["unreachable_since"]))
        : new SyncState());

    public void WriteSyncState(SyncState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Write("the sync state", () => _db.GetCollection(SyncName).Upsert(new BsonDocument
        {
            ["_id"] = StateId,
            ["pulled_until"] = state.PulledUntil,
            ["last_success"] = Ticks(state.LastSuccess),
            ["last_error"] = state.LastError,
            ["last_error_at"] = Ticks(state.LastErrorAt),
            ["unreachable_since"] = Ticks(state.UnreachableSince),
        }));
    }

    /// <summary>Inside a write: the statements of <paramref name="attempt"/> (as stored) into the outbox.</summary>
    private void Enqueue(AttemptRecord attempt, IEnumerable<XapiStatement> statements)
    {
        foreach (var statement in statements)
        {
            Outbox.Insert(new BsonDocument
            {
                ["statement"] = statement.Id,
                ["attempt"] = attempt.Id,
                ["trainee"] = attempt.Trainee,
                ["scenario"] = attempt.ScenarioId,
                ["turn"] = statement.Turn,
                ["verb"] = statement.Verb,
                ["json"] = statement.Json,
            });
        }
    }

    private static OutboxEntry ToEntry(BsonDocument doc) => new(
        doc["_id"].AsInt64, doc["statement"].AsGuid, doc["attempt"].AsGuid, doc["trainee"].AsString,
        doc["scenario"].AsString, doc["turn"].IsNull ? null : doc["turn"].AsInt32, doc["verb"].AsString,
        doc["json"].AsBinary, NullableString(doc["problem"]));

    private static string? NullableString(BsonValue value) => value.IsNull ? null : value.AsString;

    private static BsonValue Ticks(DateTimeOffset? moment) => moment is { } m ? new BsonValue(m.UtcTicks) : BsonValue.Null;

    private static DateTimeOffset? Moment(BsonValue value) =>
        value.IsNull ? null : new DateTimeOffset(value.AsInt64, TimeSpan.Zero);
}
