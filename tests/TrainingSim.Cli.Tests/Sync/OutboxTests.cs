using System.Text;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Sync;

/// <summary>The outbox: every statement of every attempt and turn, put in by the write that stores the turn,
/// byte for byte what <c>export</c> writes.</summary>
public class OutboxTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static List<string> OutboxLines(string db)
    {
        using var store = LiteDbProgressStore.Open(db);
        return [.. store.OutboxPage(0, int.MaxValue).Select(e => Encoding.UTF8.GetString(e.Json))];
    }

    [Fact]
    public void PlayedAttempts_OutboxHoldsExactlyTheExportedBytes_InOrder()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        Classroom.PlayAll(db, "李娜", "alice");

        var export = InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-"));

        Assert.Equal(export.OutLines, OutboxLines(db));
        Assert.Equal(6, export.OutLines.Count(l => l.Contains("/verbs/attempted", StringComparison.Ordinal)));
        Assert.Equal(2, export.OutLines.Count(l => l.Contains("/verbs/terminated", StringComparison.Ordinal)));
    }

    [Fact]
    public void ImportedAttempts_DoNotGoIntoTheOutbox()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        Classroom.Play(db, "李娜", Classroom.Resolved);
        InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", folder.File("class.jsonl")));
        var lead = folder.File("lead.db");

        InProcessCli.Run("import", "--db", lead, folder.File("class.jsonl"));

        Assert.Empty(OutboxLines(lead));
    }

    [Fact]
    public async Task Play_KilledAfterATurn_OutboxHasTheAttemptedAndThatTurnsStatement()
    {
        using var folder = new TempFolder();
        var db = folder.File("class.db");
        using (var program = ProgramProcess.Start(
                   TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", "alice", "--db", db)))
        {
            await program.ReadUntilAsync(line => line.StartsWith("王先生: ", StringComparison.Ordinal), Patience);
            program.WriteLine(HolidayCall.ExpertReply);
            await program.ReadUntilAsync(line => line.StartsWith("  2. ", StringComparison.Ordinal), Patience);
            program.Kill();
            program.WaitForExit(Patience);
        }

        var outbox = OutboxLines(db);
        var export = InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-")).OutLines;

        Assert.Equal(2, outbox.Count);
        Assert.Equal(export.Take(2), outbox); // export adds "terminated": the attempt reads as abandoned
        Assert.Contains("/verbs/answered", outbox[1], StringComparison.Ordinal);
    }
}
