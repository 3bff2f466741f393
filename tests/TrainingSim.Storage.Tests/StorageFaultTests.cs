using System.Diagnostics;
using LiteDB;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage.Tests;

/// <summary>The file-level promises on real LiteDB files: reading never changes a file, LiteDB's damage flag
/// never locks out intact data, damaged files are copied out by recovery, lock waits end, output targets are
/// checked, and LiteDB's log name is never taken from another database.</summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("progress.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OpenReadOnly_PartialLastPage_ReadsAndLeavesTheFileUnchanged()
    {
        Fill(Db, 3);
        File.AppendAllText(Db, "partial page");
        var before = File.ReadAllBytes(Db);

        using (var store = LiteDbProgressStore.Open(Db, readOnly: true))
            Assert.Equal(3, store.Attempts(AttemptQuery.All).Count);
        Assert.Empty(MaintenanceTasks.Check(Db));

        Assert.Equal(before, File.ReadAllBytes(Db));
        Assert.False(File.Exists(ReadOnlyDatabase.LogFile(Db)));
    }

    [Fact]
    public void OpenReadOnly_Write_RefusedAsNotStored()
    {
        Fill(Db, 1);
        using var store = LiteDbProgressStore.Open(Db, readOnly: true);
        var error = Assert.Throws<ProgressStoreException>(() => store.AddTrainee("new", null));
        Assert.True(error.WriteFailed);
    }

    [Fact]
    public void Open_IntactFileFlaggedDamaged_FlagClearedAndEverythingKept()
    {
        Fill(Db, 4);
        SetByte(Db, DamageFlag.Offset, 1);

        using (var store = LiteDbProgressStore.Open(Db))
            Assert.Equal(4 * 3, store.Attempts(AttemptQuery.All).Sum(a => a.Turns.Count));

        Assert.False(DamageFlag.IsSet(Db));
    }

    [Fact]
    public void Open_DamagedFileFlagged_RefusedNamingRecoverAndUnchanged()
    {
        Fill(Db, 40);
        SetByte(Db, DamageFlag.Offset, 1);
        Scramble(Db, from: 8192 * 3);
        var before = File.ReadAllBytes(Db);

        var error = Assert.Throws<ProgressStoreException>(() => LiteDbProgressStore.Open(Db));

        Assert.Contains("db recover", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Db));
    }

    [Fact]
    public void Recover_DamagedFile_CopiesWhatReadsSaysWhatWasLostAndNeverWritesTheSource()
    {
        Fill(Db, 40);
        Scramble(Db, from: File.ReadAllBytes(Db).Length / 2);
        var before = File.ReadAllBytes(Db);
        var target = _folder.File("recovered.db");

        var result = MaintenanceTasks.Recover(Db, target);

        Assert.Equal(before, File.ReadAllBytes(Db));
        Assert.Empty(MaintenanceTasks.Check(target));
        using var store = LiteDbProgressStore.Open(target, readOnly: true);
        Assert.Equal(result.Copied["attempts"], store.Attempts(AttemptQuery.All).Count);
        Assert.True(result.Lost.Count > 0 || result.Copied["turns"] == 40 * 3);
    }

    [Fact]
    public void Check_DamagedFile_ProblemLinesNotExceptionsAndTheFileIsNotFlagged()
    {
        for (var seed = 1; seed <= 10; seed++)
        {
            var path = _folder.File($"damaged-{seed}.db");
            Fill(path, 20);
            Scramble(path, from: 8192, seed: seed, flips: 12);
            var before = File.ReadAllBytes(path);

            _ = MaintenanceTasks.Check(path);

            Assert.Equal(before, File.ReadAllBytes(path));
        }
    }

    [Fact]
    public void LockHeldElsewhere_WaitEndsWithOneClearLine()
    {
        Fill(Db, 1);
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            using (DatabaseLock.Acquire(Db))
            {
                held.Set();
                release.Wait();
            }
        });
        holder.Start();
        held.Wait();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ProgressStoreException>(() => DatabaseLock.Acquire(Db, TimeSpan.FromMilliseconds(300)));

        release.Set();
        holder.Join();
        Assert.True(error.WriteFailed);
        Assert.Contains("busy", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void OpenX_WhenXLogIsADatabase_RefusedAndItIsNotDeleted()
    {
        var log = _folder.File("x-log.db");
        Fill(log, 1);
        var before = File.ReadAllBytes(log);

        Assert.Throws<ProgressStoreException>(() => LiteDbProgressStore.Open(_folder.File("x.db")));

        Assert.Equal(before, File.ReadAllBytes(log));
    }

    [Theory]
    [InlineData("database")]
    [InlineData("log")]
    [InlineData("existing")]
    [InlineData("symlink")]
    [InlineData("fifo")]
    [InlineData("device")]
    [InlineData("folder")]
    public void OutputTarget_Refused(string kind)
    {
        Fill(Db, 1);
        var target = kind switch
        {
            "database" => Db,
            "log" => ReadOnlyDatabase.LogFile(Db),
            "existing" => Existing(_folder.File("existing.jsonl")),
            "symlink" => File.CreateSymbolicLink(_folder.File("link.jsonl"), Existing(_folder.File("real.jsonl"))).FullName,
            "fifo" => Fifo(_folder.File("fifo")),
            "device" => "/dev/null",
            _ => _folder.Path,
        };

        var error = Assert.Throws<IOException>(() => OutputTarget.Check(target, Db, force: kind != "existing"));

        Assert.Contains("not written", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputTarget_TemporaryFileOfAKilledRun_RemovedByTheNextRun()
    {
        var stale = _folder.File($".backup.db.999999999.{Guid.NewGuid():N}{OutputTarget.TemporarySuffix}");
        File.WriteAllText(stale, "left by a killed run");
        var target = _folder.File("out.txt");

        OutputTarget.Write(target, force: false, temporary => File.WriteAllText(temporary, "new"));

        Assert.False(File.Exists(stale));
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(["out.txt"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Backup_ExistingTarget_RefusedUnlessForced()
    {
        Fill(Db, 2);
        var target = Existing(_folder.File("backup.db"));

        Assert.Throws<IOException>(() => MaintenanceTasks.Backup(Db, target));
        Assert.Equal("old", File.ReadAllText(target));

        Assert.True(MaintenanceTasks.Backup(Db, target, force: true).Verified);
    }

    /// <summary>A database with <paramref name="attempts"/> attempts of three turns each.</summary>
    private static void Fill(string path, int attempts)
    {
        using var store = LiteDbProgressStore.Open(path);
        var start = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        store.ImportAttempts(Enumerable.Range(0, attempts).Select(a => new AttemptRecord
        {
            Id = Guid.NewGuid(), Trainee = $"学员{a % 5}", Cohort = "c", ScenarioId = "s", ScenarioVersion = "v1",
            Mode = PlayMode.Practice, StartedAt = start.AddMinutes(a),
            Turns = [.. Enumerable.Range(0, 3).Select(i => new TurnRecord
            {
                Index = i, StepId = "step", Reply = new string('回', 300), Score = 50, Net = 1, Maximum = 2, MoodAfter = 40,
                AnsweredAt = start,
            })],
        }).ToList());
    }

    private static void SetByte(string path, int offset, byte value)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = offset;
        stream.WriteByte(value);
    }

    private static void Scramble(string path, int from, int seed = 7, int flips = 200)
    {
        var bytes = File.ReadAllBytes(path);
        var random = new Random(seed);
        for (var i = 0; i < flips; i++)
            bytes[random.Next(from, bytes.Length)] ^= (byte)(1 << random.Next(8));
        File.WriteAllBytes(path, bytes);
    }

    private static string Existing(string path)
    {
        File.WriteAllText(path, "old");
        return path;
    }

    private static string Fifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return path;
    }
}
