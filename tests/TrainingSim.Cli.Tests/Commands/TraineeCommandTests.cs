using System.Text.Json;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

public class TraineeCommandTests
{
    [Fact]
    public void Add_NewTrainee_IsStoredWithTheCohort()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");

        var result = InProcessCli.Run("trainee", "add", "李娜", "--cohort", "2026-11", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["added trainee '李娜' to cohort 2026-11"], result.OutLines);
        using var store = LiteDbProgressStore.Open(db);
        Assert.Equal("2026-11", store.FindTrainee("李娜")?.Cohort);
    }

    [Fact]
    public void Add_SameTraineeAgain_ExitsZeroButAnotherCohortExitsOne()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        InProcessCli.Run("trainee", "add", "alice", "--cohort", "a", "--db", db);

        var again = InProcessCli.Run("trainee", "add", "alice", "--db", db, "--lang", "en");
        var other = InProcessCli.Run("trainee", "add", "alice", "--cohort", "b", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal(["trainee 'alice' already exists"], again.OutLines);
        Assert.Equal(ExitCodes.Problem, other.ExitCode);
        Assert.Equal(["trainingsim: error: trainee 'alice' already exists in cohort a"], other.ErrorLines);
    }

    [Fact]
    public void List_Table_LinesUpChineseNames()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        InProcessCli.Run("trainee", "add", "李娜", "--cohort", "2026-11", "--db", db);
        InProcessCli.Run("trainee", "add", "bob", "--db", db);

        var result = InProcessCli.Run("trainee", "list", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.OutLines;
        Assert.StartsWith("NAME  COHORT   ADDED", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("bob   —        ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("李娜  2026-11  ", lines[3], StringComparison.Ordinal);
        Assert.Equal("2 trainees", result.LastOutLine);
    }

    [Fact]
    public void List_Json_HasNameCohortAndCreatedAt()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        InProcessCli.Run("trainee", "add", "alice", "--cohort", "2026-11", "--db", db);
        InProcessCli.Run("trainee", "add", "bob", "--db", db);

        var result = InProcessCli.Run("trainee", "list", "--format", "json", "--db", db);

        using var json = JsonDocument.Parse(result.Out);
        var trainees = json.RootElement.GetProperty("trainees").EnumerateArray().ToList();
        Assert.Equal(["name", "cohort", "created_at"], trainees[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("alice", trainees[0].GetProperty("name").GetString());
        Assert.Equal("2026-11", trainees[0].GetProperty("cohort").GetString());
        Assert.Equal(JsonValueKind.Null, trainees[1].GetProperty("cohort").ValueKind);
        Assert.True(DateTimeOffset.TryParse(trainees[1].GetProperty("created_at").GetString(), out _));
    }

    [Fact]
    public void List_DatabaseThatIsNotLiteDb_ExitsTwoWithOneLineAndLeavesItAlone()
    {
        using var temp = new TempFolder();
        var db = temp.Write("progress.db", "this is not a database, and it stays as it is\n");

        var result = InProcessCli.Run("trainee", "list", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(db, result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.Equal("this is not a database, and it stays as it is\n", File.ReadAllText(db));
    }

    [Theory]
    [InlineData("Аnna Li", "'Аnna Li' looks like the existing trainee 'Anna Li' (cohort 2026-11); use that trainee, or a name that differs visibly")]
    [InlineData("anna  li", "'anna li' looks like the existing trainee 'Anna Li' (cohort 2026-11); use that trainee, or a name that differs visibly")]
    public void Add_LookalikeOfAnExistingTrainee_RefusedNamingIt(string name, string error)
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");
        InProcessCli.Run("trainee", "add", "Anna Li", "--cohort", "2026-11", "--db", db);

        var result = InProcessCli.Run("trainee", "add", name, "--cohort", "2026-12", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Problem, result.ExitCode);
        Assert.Equal(["trainingsim: error: " + error], result.ErrorLines);
        using var store = LiteDbProgressStore.Open(db);
        Assert.Single(store.ListTrainees());
    }

    [Fact]
    public void Add_ZeroWidthSpace_RefusedAsInvisible_FullWidthStoredAsNfkc()
    {
        using var temp = new TempFolder();
        var db = temp.File("progress.db");

        var hidden = InProcessCli.Run("trainee", "add", "陈\u200B静", "--db", db, "--lang", "en");
        var wide = InProcessCli.Run("trainee", "add", "Ｌｉ　Ｎａ", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Usage, hidden.ExitCode);
        Assert.Equal(["trainingsim: error: the name holds an invisible character (U+200B); type it without"], hidden.ErrorLines);
        Assert.Equal(["added trainee 'Li Na'"], wide.OutLines);
    }
}

