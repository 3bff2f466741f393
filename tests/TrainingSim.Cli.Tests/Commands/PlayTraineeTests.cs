using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
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

    private static string WithPin(TempFolder temp, string trainee, string pin)
    {
        var db = temp.File("progress.db");
        using var store = LiteDbProgressStore.Open(db);
        store.AddTrainee(trainee, "2026-11");
        Assert.Equal(SetPassphraseStatus.Set, new PinGate(store.Pins, TimeProvider.System).SetPin(trainee, pin));
        return db;
    }

    [Fact]
    public void Play_TraineeWithAPin_WrongPin_RefusedAndNothingRecorded()
    {
        using var temp = new TempFolder();
        var db = WithPin(temp, "陈静", "2468");

        var result = InProcessCli.RunWithInput($"0000\n{Expert}\n2\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "陈静", "--db", db));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("trainingsim: error: wrong PIN (4 tries left before a lockout); nothing was recorded", result.ErrorLines[^1]);
        Assert.Empty(result.Out);
        using var store = LiteDbProgressStore.Open(db);
        Assert.Empty(store.Attempts(new AttemptQuery(Trainee: "陈静")));
    }

    [Fact]
    public void Play_TraineeWithAPin_RightPinFirst_TheCallIsRecorded()
    {
        using var temp = new TempFolder();
        var db = WithPin(temp, "陈静", "2468");

        // Full-width digits, as a Chinese input method types them, are the same PIN (NFKC).
        var result = InProcessCli.RunWithInput($"２４６８\n{Expert}\n2\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "陈静", "--db", db));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("PIN of '陈静':", result.Error, StringComparison.Ordinal);
        using var store = LiteDbProgressStore.Open(db);
        Assert.Single(store.Attempts(new AttemptQuery(Trainee: "陈静")));
    }

    [Fact]
    public void Play_TraineeWithAPin_NoInput_RefusedAndNothingRecorded()
    {
        using var temp = new TempFolder();
        var db = WithPin(temp, "陈静", "2468");
        File.WriteAllText(temp.File("replies.txt"), $"{Expert}\n2\n");

        var result = InProcessCli.RunWithInput("",
            TestFiles.With("play", "holiday-bill-payment", "--replies", temp.File("replies.txt"), "--trainee", "陈静", "--db", db));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("trainingsim: error: '陈静' signs in with a PIN: type it at the prompt", result.ErrorLines[^1]);
        using var store = LiteDbProgressStore.Open(db);
        Assert.Empty(store.Attempts(new AttemptQuery(Trainee: "陈静")));
    }

    [Fact]
    public void Play_TraineeWithAPin_FiveWrong_LockedOutEvenForTheRightOne()
    {
        using var temp = new TempFolder();
        var db = WithPin(temp, "陈静", "2468");
        for (var i = 0; i < Lockout.MaxFailures; i++)
            InProcessCli.RunWithInput("1111\n", TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "陈静", "--db", db));

        var result = InProcessCli.RunWithInput($"2468\n{Expert}\n2\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "陈静", "--db", db));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("trainingsim: error: too many wrong PINs: locked until ", result.ErrorLines[^1], StringComparison.Ordinal);
        using var store = LiteDbProgressStore.Open(db);
        Assert.Empty(store.Attempts(new AttemptQuery(Trainee: "陈静")));
    }

    [Fact]
    public void Play_PinsTurnedOffByStaff_NotAsked()
    {
        using var temp = new TempFolder();
        var db = WithPin(temp, "陈静", "2468");
        using (var store = LiteDbProgressStore.Open(db))
            store.Pins.SetPinsOff(true);

        var result = InProcessCli.RunWithInput($"{Expert}\n2\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "陈静", "--db", db));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("PIN", result.Error, StringComparison.Ordinal);
    }
}
