using TrainingSim.Core.Progress;

namespace TrainingSim.Storage.Tests.Maintenance;

/// <summary>What <c>trainee remove</c> relies on: after removal and compaction, nothing of the trainee is
/// left in the database file.</summary>
public class TraineeRemovalTests
{
    private const string Secret = "我的身份证号码是一一零一零五一九九零";

    [Fact]
    public void RemoveTraineeThenCompact_TheirNameAndRepliesAreGoneFromTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        var start = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        using (var store = LiteDbProgressStore.Open(path))
        {
            store.AddTrainee("李秘密", "2026-11");
            store.AddTrainee("alice", "2026-11");
            foreach (var (trainee, id) in new[] { ("李秘密", Guid.NewGuid()), ("alice", Guid.NewGuid()) })
            {
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
            Assert.True(store.RemoveTrainee("李秘密"));
        }

        MaintenanceTasks.Compact(path);

        Assert.Equal(-1, Find(path, Secret));
        Assert.Equal(-1, Find(path, "李秘密"));
        Assert.Empty(MaintenanceTasks.Check(path));
        using var reopened = LiteDbProgressStore.Open(path);
        Assert.Equal(["alice"], reopened.ListTrainees().Select(t => t.Name));
        Assert.Single(reopened.Attempts(AttemptQuery.All)[0].Turns);
    }

    private static int Find(string path, string text) =>
        File.ReadAllBytes(path).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text));
}
