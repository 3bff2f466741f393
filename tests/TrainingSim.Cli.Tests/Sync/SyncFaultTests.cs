using System.Text.Json.Nodes;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Sync;

/// <summary>Faults during a sync, against the real test LRS (each test its own): after any of them no statement
/// is lost, none is duplicated at the LRS, and the outbox drains on the next sync.</summary>
public class SyncFaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static (string Db, IReadOnlyList<string> Export) Classroom3(TempFolder folder, string name, params string[] trainees)
    {
        var db = folder.File(name);
        Classroom.PlayAll(db, trainees);
        return (db, InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-")).OutLines);
    }

    /// <summary>The LRS holds each exported statement once, unchanged, and nothing else.</summary>
    private static void AssertLrsHoldsExactly(Uri lrs, IEnumerable<string> export)
    {
        using var probe = new LrsProbe(lrs);
        var held = probe.All();
        var expected = export.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(expected.Count, held.Count);
        Assert.Equal(expected.Count, held.Select(s => s["id"]!.GetValue<string>()).Distinct().Count());
        var byId = held.ToDictionary(s => s["id"]!.GetValue<string>());
        foreach (var sent in expected)
        {
            var back = byId[sent["id"]!.GetValue<string>()];
            back.Remove("stored");
            back.Remove("authority");
            Assert.True(JsonNode.DeepEquals(sent, back), $"sent {sent.ToJsonString()}\nheld {back.ToJsonString()}");
        }
    }

    private static int OutboxCount(string db)
    {
        using var store = LiteDbProgressStore.Open(db);
        return store.OutboxCount();
    }

    [LrsFact(shared: false)]
    public void ThreeClassroomsSync_ALeadPulls_ItsReportEqualsTheThreeMergedByImport()
    {
        using var lrs = TestLrs.Start();
        using var folder = new TempFolder();
        var rooms = new[]
        {
            Classroom3(folder, "a.db", "李娜", "张伟"),
            Classroom3(folder, "b.db", "alice", "王芳"),
            Classroom3(folder, "c.db", "刘洋"),
        };
        var merged = folder.File("merged.db");
        for (var i = 0; i < rooms.Length; i++)
        {
            var file = folder.Write($"room{i}.jsonl", string.Join('\n', rooms[i].Export) + "\n");
            Assert.Equal(0, InProcessCli.Run("import", "--db", merged, file).ExitCode);
        }

        foreach (var (db, _) in rooms)
            Assert.Equal(0, new Syncing(folder.File("config-" + Path.GetFileName(db))).Sync(db, lrs.Endpoint, "--batch", "10").ExitCode);
        var lead = folder.File("lead.db");
        var pull = new Syncing(folder.File("config-lead")).Sync(lead, lrs.Endpoint, "--page", "8");

        Assert.Equal(0, pull.ExitCode);
        Assert.Equal(InProcessCli.Run("report", "--db", merged, "--format", "json").Out,
            InProcessCli.Run("report", "--db", lead, "--format", "json").Out);
        AssertLrsHoldsExactly(lrs.Endpoint, rooms.SelectMany(r => r.Export));
    }

    [LrsFact(shared: false)]
    public void LrsGoneMidSync_ThenBack_NothingLostNothingTwice_OutboxDrains()
    {
        using var lrs = TestLrs.Start();
        using var folder = new TempFolder();
        var (db, export) = Classroom3(folder, "a.db", "李娜", "alice");
        // Two batches go through, then the cable is pulled: from the third request on, nothing reaches the LRS and
        // nothing comes back, until it is plugged back.
        var pluggedBack = false;
        using var proxy = new FaultyProxy(lrs.Endpoint, n => !Volatile.Read(ref pluggedBack) && n >= 3 ? Fault.Cut : Fault.None);
        var machine = new Syncing(folder.File("config"));

        var cut = machine.Sync(db, proxy.Endpoint, "--batch", "4", "--retries", "1", "--timeout", "1", "--no-pull");
        var left = OutboxCount(db);
        Volatile.Write(ref pluggedBack, true);
        var again = machine.Sync(db, proxy.Endpoint, "--batch", "4", "--no-pull");

        Assert.True(cut.ExitCode == 1, cut.ToString());
        Assert.Equal($"sent 8, pulled 0, conflicts 0, left in the outbox {export.Count - 8}", cut.LastOutLine);
        Assert.Equal(export.Count - 8, left);
        Assert.Equal((0, $"sent {export.Count - 8}, pulled 0, conflicts 0, left in the outbox 0"), (again.ExitCode, again.LastOutLine));
        AssertLrsHoldsExactly(lrs.Endpoint, export);
    }

    [LrsFact(shared: false)]
    public void LrsSlowOrFailing_RetriedWithBackOff_EverythingArrivesOnce()
    {
        using var lrs = TestLrs.Start();
        using var folder = new TempFolder();
        var (db, export) = Classroom3(folder, "a.db", "李娜", "alice");
        // 500s, answers lost after the LRS stored the batch, and answers slower than the timeout, in turn.
        using var proxy = new FaultyProxy(lrs.Endpoint, n => (n % 4) switch
        {
            1 => Fault.ServerError,
            2 => Fault.DropAnswer,
            3 => Fault.Slow,
            _ => Fault.None,
        });

        var result = new Syncing(folder.File("config")).Sync(db, proxy.Endpoint, "--batch", "10", "--timeout", "0.5", "--retries", "5", "--no-pull");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"sent {export.Count}, pulled 0, conflicts 0, left in the outbox 0", result.LastOutLine);
        Assert.Contains("the LRS is unavailable (500", result.Error, StringComparison.Ordinal);
        Assert.Contains("the LRS is unavailable (timed out)", result.Error, StringComparison.Ordinal); // slow, or the answer lost
        AssertLrsHoldsExactly(lrs.Endpoint, export);
    }

    [LrsFact(shared: false)]
    public void SyncKilledAtRandomMoments_TwentyTimes_NothingLostNothingTwice_OutboxDrains()
    {
        using var lrs = TestLrs.Start();
        using var folder = new TempFolder();
        var (db, export) = Classroom3(folder, "a.db", "李娜", "alice", "王芳");
        using var proxy = new FaultyProxy(lrs.Endpoint, n => n % 3 == 0 ? Fault.DropAnswer : Fault.None);
        var random = new Random(20261201);
        var environment = new Dictionary<string, string>
        {
            ["TRAININGSIM_LRS_PASSWORD"] = "secret",
            ["XDG_CONFIG_HOME"] = folder.File("config"),
        };
        var killedWhileWaiting = 0;
        for (var kill = 0; kill < 20; kill++)
        {
            using var program = ProgramProcess.Start(
                ["sync", "--db", db, "--lrs", proxy.Endpoint.ToString(), "--user", "classroom", "--batch", "2", "--retries", "20", "--timeout", "1", "--lang", "en"],
                environment);
            program.CloseInput();
            Thread.Sleep(random.Next(100, 1500));
            if (!program.HasExited)
            {
                program.Kill(); // SIGKILL, mid-request or between the outbox's writes
                killedWhileWaiting++;
            }

            program.WaitForExit(Patience);
        }

        var last = new Syncing(folder.File("config")).Sync(db, lrs.Endpoint);

        Assert.True(killedWhileWaiting >= 10, $"only {killedWhileWaiting} of the 20 runs were killed before they ended");
        Assert.Equal(0, last.ExitCode);
        Assert.EndsWith("conflicts 0, left in the outbox 0", last.LastOutLine, StringComparison.Ordinal);
        Assert.Equal(0, OutboxCount(db));
        Assert.Equal(0, InProcessCli.Run("db", "check", "--db", db).ExitCode);
        AssertLrsHoldsExactly(lrs.Endpoint, export);
    }
}
