using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

public class PlayTraineeTests
{
    private const string Expert = "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。";

    [Fact]
    public void Play_NewTrainee_IsCreatedAndTheAttemptRecordedWithEveryTurn()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");

        var result = InProcessCli.RunWithInput($"{Expert}\n2\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "王小明", "--db", db));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var store = LiteDbProgressStore.Open(db);
        Assert.NotNull(store.FindTrainee("王小明"));
        var attempt = Assert.Single(store.Attempts(new AttemptQuery(Trainee: "王小明")));
        Assert.Equal("holiday-bill-payment", attempt.ScenarioId);
        Assert.Equal(PlayMode.Practice, attempt.Mode);
        Assert.Equal("resolved", attempt.Outcome);
        Assert.Equal(3, attempt.Stars);
        Assert.Equal(100, attempt.Score);
        Assert.Equal(["opening", "locate"], attempt.Turns.Select(t => t.StepId));
        Assert.Equal(Expert, attempt.Turns[0].Reply);
        Assert.Equal(2, attempt.Turns[1].Choice);
        Assert.False(string.IsNullOrEmpty(attempt.ScenarioVersion));
    }

    [Fact]
    public void Play_RepliesRunOut_RecordsAnAbandonedAttemptWithItsTurn()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        InProcessCli.Run("trainee", "add", "alice", "--cohort", "2026-11", "--db", db);

        var result = InProcessCli.RunWithInput($"{Expert}\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "alice", "--db", db));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        using var store = LiteDbProgressStore.Open(db);
        var attempt = Assert.Single(store.Attempts(new AttemptQuery(Trainee: "alice")));
        Assert.Equal(Outcomes.Abandoned, attempt.Outcome);
        Assert.Equal("2026-11", attempt.Cohort);
        Assert.Single(attempt.Turns);
    }

    [Fact]
    public void Play_BadChoice_RecordsTheAttemptAsAbandoned()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");

        var result = InProcessCli.RunWithInput($"{Expert}\nthree\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "bob", "--db", db));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(["<stdin>:2:1: error: step locate is a choice step: the reply must be a number from 1 to 2, not 'three'"], result.ErrorLines);
        using var store = LiteDbProgressStore.Open(db);
        var attempt = Assert.Single(store.Attempts(new AttemptQuery(Trainee: "bob")));
        Assert.Equal(Outcomes.Abandoned, attempt.Outcome);
    }

    [Fact]
    public void Play_EmptyTraineeName_ExitsTwo()
    {
        var result = InProcessCli.Run(TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "  "));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(["trainingsim: error: --trainee needs a name"], result.ErrorLines);
    }

    [Fact]
    public void Play_TraineeLookingLikeAnExistingOne_RefusedAndNothingRecorded()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        InProcessCli.Run("trainee", "add", "Anna", "--cohort", "2026-11", "--db", db);

        var result = InProcessCli.RunWithInput($"{Expert}\n2\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "Аnna", "--db", db));

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Equal(["trainingsim: error: 'Аnna' looks like the existing trainee 'Anna' (cohort 2026-11); use that trainee, or a name that differs visibly"], result.ErrorLines);
        using var store = LiteDbProgressStore.Open(db);
        Assert.Empty(store.Attempts(new AttemptQuery()));
    }
}

