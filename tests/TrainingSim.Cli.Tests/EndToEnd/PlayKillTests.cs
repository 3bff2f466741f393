using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.EndToEnd;

/// <summary><c>play --trainee</c> killed with SIGKILL after a turn's output: the turn is in the database and
/// the attempt reads as abandoned.</summary>
public class PlayKillTests
{
    private const string Expert = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Play_KilledAfterATurnWasShown_KeepsThatTurn()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        using (var program = ProgramProcess.Start(
                   TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "alice", "--db", db)))
        {
            await program.ReadUntilAsync(line => line.StartsWith("王先生: ", StringComparison.Ordinal), Patience);
            program.WriteLine(Expert);
            await program.ReadUntilAsync(line => line.StartsWith("  2. ", StringComparison.Ordinal), Patience);

            program.Kill(); // SIGKILL: no chance to finish the attempt or close the database
            program.WaitForExit(Patience);
        }

        using var store = LiteDbProgressStore.Open(db);
        var attempt = Assert.Single(store.Attempts(new AttemptQuery(Trainee: "alice")));
        var turn = Assert.Single(attempt.Turns);
        Assert.Equal("opening", turn.StepId);
        Assert.Equal(Expert, turn.Reply);
        Assert.Equal(100, turn.Score);
        Assert.Null(attempt.Outcome);
        Assert.Equal(Outcomes.Abandoned, attempt.EffectiveOutcome);
    }
}
