using LiteDB;

namespace TrainingSim.Storage.Tests.Maintenance;

public class MaintenanceCheckTests
{
    private static readonly MaintenanceReference[] References =
    [
        new("turns", "$.attempt", "attempts", "$._id", "turn", "attempt"),
        new("attempts", "$.trainee", "trainees", "$._id", "attempt", "trainee"),
    ];

    internal static LiteDatabase Open(string path) => new(BackupWriter.ConnectionString(path));

    internal static void Fill(LiteDatabase database)
    {
        database.GetCollection("trainees").Insert(new BsonDocument { ["_id"] = "王小明", ["cohort"] = "2026-11" });
        var attempts = database.GetCollection("attempts");
        attempts.EnsureIndex("trainee", "$.trainee");
        attempts.Insert(new BsonDocument { ["_id"] = 1, ["trainee"] = "王小明", ["scenario"] = "bill" });
        var turns = database.GetCollection("turns");
        turns.EnsureIndex("attempt", "$.attempt");
        turns.EnsureIndex("key", "$.key", unique: true);
        turns.Insert(new BsonDocument { ["_id"] = 10, ["attempt"] = 1, ["key"] = "1/0" });
        turns.Insert(new BsonDocument { ["_id"] = 11, ["attempt"] = 1, ["key"] = "1/1" });
    }

    [Fact]
    public void Run_ConsistentDatabase_NoProblems()
    {
        using var folder = new TempFolder();
        using var database = Open(folder.File("progress.db"));
        Fill(database);

        Assert.Empty(new MaintenanceCheck(database, References).Run());
    }

    [Fact]
    public void Run_OrphanTurnAndUnknownTrainee_OneLineEach()
    {
        using var folder = new TempFolder();
        using var database = Open(folder.File("progress.db"));
        Fill(database);
        database.GetCollection("turns").Insert(new BsonDocument { ["_id"] = 12, ["attempt"] = 99, ["key"] = "99/0" });
        database.GetCollection("attempts").Insert(new BsonDocument { ["_id"] = 2, ["trainee"] = "ghost" });

        Assert.Equal(
        [
            "turns: turn 12 refers to attempt 99, which does not exist",
            "attempts: attempt 2 refers to trainee \"ghost\", which does not exist",
        ],
            new MaintenanceCheck(database, References).Run());
    }

    [Fact]
    public void Run_ReleasesTheDatabase_ForOtherConnections()
    {
        using var folder = new TempFolder();
        using var database = Open(folder.File("progress.db"));
        Fill(database);
        new MaintenanceCheck(database, References).Run();

        using var other = Open(folder.File("progress.db"));
        var writer = new Thread(() => other.GetCollection("trainees").Insert(new BsonDocument { ["_id"] = "alice" }));
        writer.Start();

        Assert.True(writer.Join(TimeSpan.FromSeconds(10)));
    }
}
