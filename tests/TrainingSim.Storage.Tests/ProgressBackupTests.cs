using TrainingSim.Core.Progress;
using TrainingSim.Core.Tests.Progress;

namespace TrainingSim.Storage.Tests;

/// <summary><c>db backup</c> of a real progress database: the copy opens as a progress store with the same data.</summary>
public sealed class ProgressBackupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_NamesDifferingOnlyInCase_CopyKeepsBothAndOpens()
    {
        var attempt = Records.Completed("alice", "holiday", Records.Start, 80, 2) with { Turns = [Records.Turn(0)] };
        using (var store = LiteDbProgressStore.Open(_folder.File("progress.db")))
        {
            store.AddTrainee("Alice", "a");
            store.ImportAttempt(attempt);
        }

        var result = BackupWriter.Write(_folder.File("progress.db"), _folder.File("backup.db"),
            [new("turns", "$.attempt", "attempts", "$._id", "turn", "attempt")]);

        Assert.True(result.Verified, string.Join("\n", result.Problems));
        using var copy = LiteDbProgressStore.Open(_folder.File("backup.db"));
        Assert.Equal(["Alice", "alice"], copy.ListTrainees().Select(t => t.Name));
        Assert.Equal(Records.Json(attempt), Records.Json(copy.FindAttempt(attempt.Id)));
    }
}
