using System.Text;
using System.Text.Json.Nodes;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Sync;

/// <summary><c>sync</c> against the real test LRS.</summary>
public class SyncCommandTests
{
    private static string Unique(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    [LrsFact]
    public void Sync_PlayedClass_LrsHoldsExactlyTheExportedStatements_AndASecondSyncSendsNothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        Classroom.PlayAll(db, Unique("李娜"));
        var export = InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-")).OutLines;
        var machine = new Syncing(folder.File("config"));

        var first = machine.Sync(db, TestLrs.Shared, "--no-pull");
        var second = machine.Sync(db, TestLrs.Shared, "--no-pull");

        Assert.Equal((0, $"sent {export.Count}, pulled 0, conflicts 0, left in the outbox 0"), (first.ExitCode, first.LastOutLine));
        Assert.Equal("sent 0, pulled 0, conflicts 0, left in the outbox 0", second.LastOutLine);
        using var lrs = new LrsProbe(TestLrs.Shared);
        foreach (var line in export)
        {
            var sent = JsonNode.Parse(line)!.AsObject();
            var back = lrs.Find(sent["id"]!.GetValue<string>())!;
            back.Remove("stored");
            back.Remove("authority");
            Assert.True(JsonNode.DeepEquals(sent, back), line);
        }
    }

    [LrsFact]
    public void Sync_StatementTheLrsHoldsWithOtherContent_ReportedByTraineeScenarioAndTurn_KeptAndTheRestSent()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        var trainee = Unique("alice");
        Classroom.Play(db, trainee, Classroom.Struggled);
        var export = InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-")).OutLines;
        var other = JsonNode.Parse(export[2])!.AsObject();
        other["result"]!["response"] = "something else";
        using (var lrs = new LrsProbe(TestLrs.Shared))
            Assert.Equal(System.Net.HttpStatusCode.OK, lrs.Post($"[{other.ToJsonString()}]"));

        var result = new Syncing(folder.File("config")).Sync(db, TestLrs.Shared, "--no-pull");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sent {export.Count - 1}, pulled 0, conflicts 1, left in the outbox 1", result.LastOutLine);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"trainingsim: conflict: {trainee}, holiday-bill-payment, turn 2: the LRS holds statement {other["id"]}", line);
    }

    [LrsFact(shared: false)]
    public void Sync_LeadPullsInSmallPages_FollowingMore_AndGetsEveryTrainee()
    {
        using var lrs = TestLrs.Start();
        using var folder = new TempFolder();
        var classroom = folder.File("class.db");
        Classroom.PlayAll(classroom, "李娜", "alice", "王芳");
        var machine = new Syncing(folder.File("config"));
        var pushed = machine.Sync(classroom, lrs.Endpoint, "--batch", "7");

        var lead = folder.File("lead.db");
        var pulled = machine.Sync(lead, lrs.Endpoint, "--page", "5");
        var again = machine.Sync(lead, lrs.Endpoint, "--page", "5");

        Assert.Equal(0, pushed.ExitCode);
        var sent = int.Parse(pushed.LastOutLine.Split(' ')[1].TrimEnd(','), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((0, $"sent 0, pulled {sent}, conflicts 0, left in the outbox 0"), (pulled.ExitCode, pulled.LastOutLine));
        Assert.True(again.ExitCode == 0 && again.LastOutLine.StartsWith("sent 0, pulled ", StringComparison.Ordinal), again.ToString());
        Assert.Equal(InProcessCli.Run("report", "--db", classroom, "--format", "json").Out, InProcessCli.Run("report", "--db", lead, "--format", "json").Out);
    }

    [Fact]
    public void Sync_NoPasswordAnywhere_UsageErrorNamingTheVariable()
    {
        using var folder = new TempFolder();
        var machine = new Syncing(folder.File("config"), password: "");

        var result = machine.Sync(folder.File("class.db"), new Uri("http://127.0.0.1:9/xAPI/"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("TRAININGSIM_LRS_PASSWORD", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Sync_LrsNotListening_ExitOne_EverythingStaysInTheOutbox_StatusSaysSo()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        Classroom.Play(db, "李娜", Classroom.Resolved);
        var machine = new Syncing(folder.File("config"));

        var result = machine.Sync(db, new Uri("http://127.0.0.1:9/xAPI/"), "--retries", "0");
        var status = machine.Run("sync", "--status", "--db", db, "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("sent 0, pulled 0, conflicts 0, left in the outbox 5", result.LastOutLine);
        Assert.Contains("the LRS at http://127.0.0.1:9/xAPI/ is unavailable", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, status.ExitCode);
        Assert.Equal("LRS: http://127.0.0.1:9/xAPI/ (user classroom)", status.OutLines[0]);
        Assert.Equal("outbox: 5 statements waiting, 0 of them refused by the LRS last time", status.OutLines[1]);
        Assert.Equal("last successful sync: never", status.OutLines[2]);
        Assert.StartsWith("last error: ", status.OutLines[3], StringComparison.Ordinal);
        Assert.StartsWith("LRS unreachable since ", status.OutLines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_PasswordFromTheEnvironment_RememberedInAFileOnlyTheUserCanRead()
    {
        using var folder = new TempFolder();
        var machine = new Syncing(folder.File("config"), password: "s3cret");
        machine.Sync(folder.File("class.db"), new Uri("http://127.0.0.1:9/xAPI/"), "--retries", "0");
        var settings = Path.Combine(folder.File("config"), "TrainingSim", "sync.json");

        var later = new Syncing(folder.File("config"), password: "").Run("sync", "--db", folder.File("class.db"), "--retries", "0", "--lang", "en");

        Assert.Contains("\"password\": \"s3cret\"", File.ReadAllText(settings, Encoding.UTF8), StringComparison.Ordinal);
        Assert.Equal(1, later.ExitCode); // remembered LRS, user and password: it tried, and the LRS is not there
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(settings));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(settings)!));
        }
    }
}
