using System.Text.Json;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Commands;

public class TraineeRemoveCommandTests
{
    [Fact]
    public void Remove_KnownTrainee_GoneWithTheirAttempts()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);
        Assert.NotEqual(-1, File.ReadAllBytes(db).AsSpan().IndexOf("我帮您办理延期"u8)); // only 王小明 said it

        var result = InProcessCli.Run("trainee", "remove", "王小明", "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["removed 王小明 and 2 attempts"], result.OutLines);
        using var report = JsonDocument.Parse(InProcessCli.Run("report", "--db", db, "--format", "json").Out);
        Assert.Equal(["alice"], report.RootElement.GetProperty("trainees").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(-1, File.ReadAllBytes(db).AsSpan().IndexOf("我帮您办理延期"u8));
        Assert.Equal(0, InProcessCli.Run("db", "check", "--db", db).ExitCode);
    }

    [Fact]
    public void Remove_UnknownTrainee_ExitOne()
    {
        using var folder = new TempFolder();
        var db = ReportCommandsFixture.Create(folder);

        var result = InProcessCli.Run("trainee", "remove", "nobody", "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["trainingsim: error: unknown trainee 'nobody'"], result.ErrorLines);
    }
}
