using LiteDB;
using static TrainingSim.Storage.Tests.Maintenance.MaintenanceCheckTests;

namespace TrainingSim.Storage.Tests.Maintenance;

public class BackupWriterTests
{
    private static readonly MaintenanceReference[] References =
        [new("turns", "$.attempt", "attempts", "$._id", "turn", "attempt")];

    [Fact]
    public void Write_Database_CopyHasEveryDocumentIndexAndVersion()
    {
        using var folder = new TempFolder();
        using (var database = Open(folder.File("progress.db")))
        {
            Fill(database);
            database.UserVersion = 3;
        }

        var result = BackupWriter.Write(folder.File("progress.db"), folder.File("backup.db"), References);

        Assert.True(result.Verified, string.Join("\n", result.Problems));
        Assert.Equal(new Dictionary<string, int> { ["attempts"] = 1, ["trainees"] = 1, ["turns"] = 2 }, result.Documents);
        using var copy = Open(folder.File("backup.db"));
        Assert.Equal(3, copy.UserVersion);
        Assert.Equal("王小明", copy.GetCollection("attempts").FindById(1)["trainee"].AsString);
        Assert.Equal(
            ["_id", "attempt", "key"],
            copy.GetCollection("$indexes").Find(Query.EQ("collection", "turns")).Select(i => i["name"].AsString).Order());
        Assert.Equal(["progress.db", "backup.db"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).OrderDescending());
    }

    [Fact]
    public void Write_WhileAnotherConnectionWritesPairs_CopyHoldsOnlyWholePairs()
    {
        using var folder = new TempFolder();
        using (var database = Open(folder.File("progress.db")))
            Fill(database);
        using var stop = new CancellationTokenSource();
        var writer = new Thread(() =>
        {
            using var database = Open(folder.File("progress.db"));
            var attempts = database.GetCollection("attempts");
            var turns = database.GetCollection("turns");
            for (var id = 100; !stop.IsCancellationRequested; id++)
            {
                // An attempt and its turn, committed together: a consistent copy never has one without the other.
                database.BeginTrans();
                attempts.Insert(new BsonDocument { ["_id"] = id, ["trainee"] = "王小明" });
                turns.Insert(new BsonDocument { ["_id"] = id, ["attempt"] = id, ["key"] = $"{id}/0" });
                database.Commit();
            }
        });
        writer.Start();

        var copied = new List<int>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                Thread.Sleep(50);
                var result = BackupWriter.Write(folder.File("progress.db"), folder.File($"backup{i}.db"), References);

                Assert.True(result.Verified, string.Join("\n", result.Problems));
                Assert.Equal(result.Documents["attempts"] + 1, result.Documents["turns"]);
                copied.Add(result.Documents["attempts"]);
            }
        }
        finally
        {
            stop.Cancel();
            writer.Join();
        }

        Assert.True(copied[^1] > copied[0], "the writer ran between the copies");
    }

    [Fact]
    public void Write_OntoTheDatabaseItself_Refused()
    {
        using var folder = new TempFolder();
        using (var database = Open(folder.File("progress.db")))
            Fill(database);

        Assert.Throws<IOException>(() => BackupWriter.Write(folder.File("progress.db"), folder.File("progress.db"), References));
    }
}
