using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage.Tests.Maintenance;

/// <summary><c>trainee remove</c>: nothing of the trainee is left in the database file, no copy of it is left
/// beside it, and it works on a database of any size (LiteDB's Rebuild fails above ~2,550 turns, #2827).</summary>
public class TraineeRemovalTests
{
    private const string Secret = "我的身份证号码是一一零一零五一九九零";

    [Fact]
    public void RemoveTrainee_TheirNameAndRepliesAreGoneFromTheFile_AndNoOtherFileIsLeft()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        var start = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        using (var store = LiteDbProgressStore.Open(path))
        {
            foreach (var (trainee, id) in new[] { ("李秘密", Guid.NewGuid()), ("alice", Guid.NewGuid()) })
            {
                store.AddTrainee(trainee, "2026-11");
                store.StartAttempt(new AttemptRecord
                {
                    Id = id, Trainee = trainee, Cohort = "2026-11", ScenarioId = "holiday", ScenarioVersion = "v1",
                    Mode = PlayMode.Practice, StartedAt = start,
                });
                store.RecordTurn(id, new TurnRecord
                {
                    Index = 0, StepId = "opening", Reply = trainee == "alice" ? "您好" : Secret, Score = 50, Net = 1, Maximum = 2,
                    MoodAfter = 40, AnsweredAt = start,
                });
            }

            Assert.NotEqual(-1, Find(path, Secret));
        }

        Assert.Equal(1, MaintenanceTasks.RemoveTrainee(path, "李秘密"));

        Assert.Equal(-1, Find(path, Secret));
        Assert.Equal(-1, Find(path, "李秘密"));
        Assert.Equal(["progress.db"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Empty(MaintenanceTasks.Check(path));
        using var reopened = LiteDbProgressStore.Open(path);
        Assert.Equal(["alice"], reopened.ListTrainees().Select(t => t.Name));
        Assert.Single(reopened.Attempts(AttemptQuery.All)[0].Turns);
    }

    [Fact]
    public void RemoveTrainee_Unknown_NullAndTheFileIsUnchanged()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        LiteDbProgressStore.Open(path).AddTrainee("alice", null);
        var before = File.ReadAllBytes(path);

        Assert.Null(MaintenanceTasks.RemoveTrainee(path, "bob"));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void RemoveTrainee_OneHundredThousandTurns_Works()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        LiteDbProgressStore.Open(path).Dispose();
        var gone = Guid.NewGuid();
        var kept = Guid.NewGuid();
        using (var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            foreach (var (name, id) in new[] { ("gone", gone), ("kept", kept) })
            {
                db.GetCollection("trainees").Insert(new BsonDocument { ["_id"] = name, ["cohort"] = BsonValue.Null, ["created"] = 0L, ["createdOff"] = 0 });
                db.GetCollection("attempts").Insert(new BsonDocument
                {
                    ["_id"] = id, ["trainee"] = name, ["cohort"] = BsonValue.Null, ["scenario"] = "s", ["version"] = "v1", ["mode"] = "practice",
                    ["outcome"] = BsonValue.Null, ["success"] = false, ["score"] = 0, ["stars"] = 0, ["skills"] = new BsonArray(),
                    ["started"] = 0L, ["startedOff"] = 0, ["ended"] = BsonValue.Null, ["endedOff"] = BsonValue.Null,
                });
            }

            db.GetCollection("turns").InsertBulk(Enumerable.Range(0, 100_000).Select(i => new BsonDocument
            {
                ["attempt"] = i % 2 == 0 ? gone : kept, ["i"] = i, ["reply"] = "回复 " + i,
            }));
        }

        Assert.Equal(1, MaintenanceTasks.RemoveTrainee(path, "gone"));

        using var view = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared, ReadOnly = true });
        Assert.Equal(50_000, view.GetCollection("turns").Count());
        Assert.Equal(0, view.GetCollection("turns").Count(Query.EQ("attempt", gone)));
        Assert.Equal(["progress.db"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    private static int Find(string path, string text) =>
        File.ReadAllBytes(path).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text));
}
