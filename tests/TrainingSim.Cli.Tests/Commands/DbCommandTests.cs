using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public class DbCommandTests
{
    [Fact]
    public void Check_SoundDatabase_ExitZero()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("db", "check", "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{db}: no problems"], result.OutLines);
    }

    [Fact]
    public void Check_AttemptWithoutTrainee_OneLineAndExitOne()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        using (var database = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = db, Connection = LiteDB.ConnectionType.Shared }))
            database.GetCollection("trainees").Delete("alice");

        var result = InProcessCli.Run("db", "check", "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.OutLines.Count);
        Assert.Contains("refers to trainee \"alice\", which does not exist", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_Database_CopyReportsLikeTheOriginal()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("db", "backup", "--db", db, "--out", folder.File("copy.db"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("attempts 3", result.LastOutLine, StringComparison.Ordinal);
        Assert.Equal(
            InProcessCli.Run("report", "--db", db, "--format", "json").Out,
            InProcessCli.Run("report", "--db", folder.File("copy.db"), "--format", "json").Out);
        Assert.Equal(0, InProcessCli.Run("db", "check", "--db", folder.File("copy.db")).ExitCode);
    }

    [Fact]
    public void Check_NoDatabase_ExitTwo()
    {
        using var folder = new TempFolder();

        var result = InProcessCli.Run("db", "check", "--db", folder.File("none.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(folder.File("none.db")));
    }
}
