using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

public class StaffCommandTests
{
    private const string Lead = "组长的口令 2026 冬季";
    private const string Trainer = "trainer's own words";

    private static CliResult Run(string? passphrase, string input, params string[] args) =>
        InProcessCli.RunIn(InProcessCli.Environment() with { StaffPassphraseVariable = passphrase }, input, [.. args, "--lang", "en"]);

    private static string WithLead(TempFolder temp)
    {
        var db = temp.File("progress.db");
        Assert.Equal(ExitCodes.Success, Run(null, $"{Lead}\n{Lead}\n", "staff", "passphrase", "--role", "lead", "--db", db).ExitCode);
        return db;
    }

    [Fact]
    public void Passphrase_NewRole_TypedTwice_IsSetAndOnlyItsHashStored()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");

        var result = Run(null, $"{Lead}\n{Lead}\n", "staff", "passphrase", "--role", "lead", "--db", db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["passphrase of the team lead set"], result.OutLines);
        Assert.DoesNotContain(Lead, result.Error, StringComparison.Ordinal);
        using var store = LiteDbProgressStore.Open(db);
        Assert.True(new RoleGate(store.Roles, TimeProvider.System).Unlock(Role.Lead, Lead).Granted);
    }

    [Theory]
    [InlineData("eleven char\neleven char\n", "trainingsim: error: a new passphrase needs at least 12 characters; nothing was changed")]
    [InlineData("twelve chars!\ntwelve chars?\n", "trainingsim: error: the two passphrases differ; nothing was changed")]
    public void Passphrase_ShortOrMismatched_RefusedAndNothingSet(string input, string error)
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");

        var result = Run(null, input, "staff", "passphrase", "--role", "trainer", "--db", db);

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Equal(error, result.ErrorLines[^1]);
        using var store = LiteDbProgressStore.Open(db);
        Assert.False(new RoleGate(store.Roles, TimeProvider.System).AnyPassphrase);
    }

    [Fact]
    public void Passphrase_SecondRole_NeedsAStaffPassphrase()
    {
        using var temp = new TempFolder();
        var db = WithLead(temp);

        var refused = Run("a trainee's guess", $"{Trainer}\n{Trainer}\n", "staff", "passphrase", "--role", "trainer", "--db", db);
        var set = Run(Lead, $"{Trainer}\n{Trainer}\n", "staff", "passphrase", "--role", "trainer", "--db", db);

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal("trainingsim: error: wrong staff passphrase (4 tries left before a lockout)", refused.ErrorLines[^1]);
        Assert.Equal(ExitCodes.Success, set.ExitCode);
    }

    [Fact]
    public void Passphrase_Change_NeedsTheCurrentOne()
    {
        using var temp = new TempFolder();
        var db = WithLead(temp);
        const string replacement = "a brand new lead passphrase";

        var wrong = Run(null, $"not it at all\n{replacement}\n{replacement}\n", "staff", "passphrase", "--role", "lead", "--db", db);
        var changed = Run(null, $"{Lead}\n{replacement}\n{replacement}\n", "staff", "passphrase", "--role", "lead", "--db", db);

        Assert.Equal(ExitCodes.Usage, wrong.ExitCode);
        Assert.Equal(["passphrase of the team lead changed"], changed.OutLines);
        Assert.Equal(ExitCodes.Success, Run(replacement, "", "trainee", "list", "--db", db).ExitCode);
    }

    public static TheoryData<string[]> GuardedCommands => new()
    {
        new[] { "report" },
        new[] { "export", "--out", "-" },
        new[] { "trainee", "list" },
        new[] { "trainee", "remove", "李娜" },
        new[] { "db", "backup", "--out", "BACKUP" },
        new[] { "db", "recover", "--out", "BACKUP" },
        new[] { "drill", "--trainee", "李娜" },
        new[] { "import", "IMPORT" },
        new[] { "trainee", "cohort", "李娜", "2026-12" },
        new[] { "trainee", "reset-pin", "李娜" },
    };

    [Theory]
    [MemberData(nameof(GuardedCommands))]
    public void OtherTraineesData_PassphraseSet_NeedsIt(string[] command)
    {
        using var temp = new TempFolder();
        var db = WithLead(temp);
        Run(null, "", "trainee", "add", "李娜", "--cohort", "2026-11", "--db", db);
        File.WriteAllText(temp.File("empty.jsonl"), "");
        string[] args = [.. command.Select(a => a == "BACKUP" ? temp.File("backup.db") : a == "IMPORT" ? temp.File("empty.jsonl") : a), "--db", db];

        var none = Run(null, "", args);
        var wrong = Run("not the passphrase", "", args);
        var right = Run(Lead, "", args);

        Assert.Equal(ExitCodes.Usage, none.ExitCode);
        Assert.Equal("trainingsim: error: this database has a staff passphrase: type it at the prompt or set $TRAININGSIM_STAFF_PASSPHRASE", none.ErrorLines[^1]);
        Assert.Equal(ExitCodes.Usage, wrong.ExitCode);
        Assert.DoesNotContain("李娜", wrong.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, right.ExitCode);
    }

    [Fact]
    public void Import_PassphraseSet_ChecksItBeforeSayingAnythingAboutTheFiles()
    {
        using var temp = new TempFolder();
        var db = WithLead(temp);
        var missing = temp.File("not-there.jsonl");

        var wrong = Run("not the passphrase", "", "import", missing, "--db", db);
        var right = Run(Lead, "", "import", missing, "--db", db);

        Assert.Equal("trainingsim: error: wrong staff passphrase (4 tries left before a lockout)", wrong.ErrorLines[^1]);
        Assert.DoesNotContain("not-there", wrong.Error, StringComparison.Ordinal);
        Assert.Contains("not-there.jsonl", right.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StatementsOnStandardInput_PassphraseOnlyFromTheVariable()
    {
        using var temp = new TempFolder();
        var db = WithLead(temp);

        var piped = Run(null, Lead + "\n", "import", "-", "--db", db);
        var given = Run(Lead, "", "import", "-", "--db", db);

        Assert.Equal(ExitCodes.Usage, piped.ExitCode);
        Assert.Equal("trainingsim: error: this database has a staff passphrase: type it at the prompt or set $TRAININGSIM_STAFF_PASSPHRASE", piped.ErrorLines[^1]);
        Assert.Single(piped.ErrorLines);
        Assert.Equal(ExitCodes.Success, given.ExitCode);
    }

    [Fact]
    public void OtherTraineesData_PassphraseTypedAtThePrompt_Accepted()
    {
        using var temp = new TempFolder();
        var db = WithLead(temp);
        Run(null, "", "trainee", "add", "李娜", "--db", db);

        var result = Run(null, Lead + "\n", "trainee", "list", "--db", db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("staff passphrase:", result.ErrorLines[0].Trim());
        Assert.Equal("1 trainees", result.LastOutLine);
    }

    [Fact]
    public void ResetPin_ByStaff_TheTraineeSetsANewOne()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        Run(null, "", "trainee", "add", "陈静", "--db", db);
        using (var store = LiteDbProgressStore.Open(db))
            new PinGate(store.Pins, TimeProvider.System).SetPin("陈静", "2468");

        var noStaff = Run(null, "", "trainee", "reset-pin", "陈静", "--db", db);
        WithLead(temp);
        var unknown = Run(Lead, "", "trainee", "reset-pin", "陈晶", "--db", db);
        var reset = Run(Lead, "", "trainee", "reset-pin", "陈静", "--db", db);

        Assert.Equal(ExitCodes.Problem, noStaff.ExitCode);
        Assert.Equal("trainingsim: error: no staff passphrase is set for this database; set one first with: trainingsim staff passphrase --role lead", noStaff.ErrorLines[^1]);
        Assert.Equal(ExitCodes.Problem, unknown.ExitCode);
        Assert.Equal(["PIN of '陈静' reset: their next sign-in sets a new one"], reset.OutLines);
        using var reopened = LiteDbProgressStore.Open(db);
        Assert.Null(reopened.Pins.Find("陈静"));
    }

    [Fact]
    public void Pins_OffByStaff_Stored()
    {
        using var temp = new TempFolder();
        var db = WithLead(temp);

        var off = Run(Lead, "", "staff", "pins", "off", "--db", db);

        Assert.Equal(["trainee PINs are off: anyone at this machine can open any trainee"], off.OutLines);
        using var store = LiteDbProgressStore.Open(db);
        Assert.True(store.Pins.PinsOff);
    }
}
