using System.Text.Json;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public class ExportImportCommandTests
{
    [Fact]
    public void Export_ThenImportTwice_SecondImportChangesNothing()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        var lead = folder.File("lead.db");

        var export = InProcessCli.Run("export", "--db", db, "--out", folder.File("class.jsonl"));
        var first = InProcessCli.Run("import", "--db", lead, folder.File("class.jsonl"));
        var reportAfterFirst = InProcessCli.Run("report", "--db", lead, "--format", "json").Out;
        var second = InProcessCli.Run("import", "--db", lead, folder.File("class.jsonl"));

        Assert.Equal((0, 0, 0), (export.ExitCode, first.ExitCode, second.ExitCode));
        Assert.EndsWith("12 statements of 3 attempts", export.LastOutLine);
        Assert.Equal("12 statements: 12 new, 0 already present; 3 attempts: 3 new, 0 already present", first.LastOutLine);
        Assert.Equal("12 statements: 0 new, 12 already present; 3 attempts: 0 new, 3 already present", second.LastOutLine);
        Assert.Equal(reportAfterFirst, InProcessCli.Run("report", "--db", lead, "--format", "json").Out);
        Assert.Equal(InProcessCli.Run("report", "--db", db, "--format", "json").Out, reportAfterFirst);
    }

    [Fact]
    public void Export_ToStandardOutput_OneStatementALine()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("export", "--db", db, "--out", "-", "--trainee", "alice");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.OutLines.Count); // attempted, answered, terminated
        Assert.All(result.OutLines, line => Assert.Equal("alice",
            JsonDocument.Parse(line).RootElement.GetProperty("actor").GetProperty("account").GetProperty("name").GetString()));
    }

    [Fact]
    public void Import_MalformedLine_FileAndLineAndNothingImported()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        InProcessCli.Run("export", "--db", db, "--out", folder.File("class.jsonl"));
        var lines = File.ReadAllLines(folder.File("class.jsonl"));
        lines[4] = lines[4][..40];
        var broken = folder.Write("broken.jsonl", string.Join('\n', lines));

        var result = InProcessCli.Run("import", "--db", folder.File("lead.db"), broken);

        Assert.Equal(2, result.ExitCode);
        Assert.False(result.HasStackTrace);
        Assert.StartsWith($"{broken}:5: not a JSON statement", result.ErrorLines[0]);
        Assert.Equal("[]", JsonDocument.Parse(InProcessCli.Run("report", "--db", folder.File("lead.db"), "--format", "json").Out)
            .RootElement.GetProperty("trainees").GetRawText());
    }

    [Fact]
    public void Import_LaterStatementsOfAnAttemptInASecondFile_MergeIntoTheFirstFilesAttempt()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        Classroom.Play(db, "李娜", Classroom.Struggled);
        var lines = InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-")).OutLines;
        var early = folder.Write("early.jsonl", string.Join('\n', lines.Take(2)) + "\n");
        var late = folder.Write("late.jsonl", string.Join('\n', lines.Skip(2)) + "\n");
        var lead = folder.File("lead.db");

        var first = InProcessCli.Run("import", "--db", lead, early);
        var second = InProcessCli.Run("import", "--db", lead, late);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal($"{lines.Count - 2} statements: {lines.Count - 2} new, 0 already present; 1 attempts: 0 new, 1 already present", second.LastOutLine);
        Assert.Contains("1 attempts already stored were continued", second.Out, StringComparison.Ordinal);
        Assert.Equal(InProcessCli.Run("report", "--db", db, "--format", "json").Out, InProcessCli.Run("report", "--db", lead, "--format", "json").Out);
    }

    [Fact]
    public void Import_LaterStatementsOfAnAttemptNeverStarted_ExitOneAndNamesIt()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        Classroom.Play(db, "李娜", Classroom.Resolved);
        var lines = InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-")).OutLines;
        var late = folder.Write("late.jsonl", string.Join('\n', lines.Skip(1)) + "\n");

        var result = InProcessCli.Run("import", "--db", folder.File("lead.db"), late);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("of 李娜: its 'attempted' statement is neither in the input nor in this database", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_ExitTwo()
    {
        using var folder = new TempFolder();

        var result = InProcessCli.Run("import", "--db", folder.File("lead.db"), folder.File("none.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
