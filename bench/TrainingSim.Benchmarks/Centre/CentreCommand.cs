using System.Diagnostics;
using System.Globalization;

namespace TrainingSim.Benchmarks.Centre;

/// <summary><c>centre --db PATH [--trainees 2000] [--attempts 50] [--turns 10] [--played]</c>: writes a generated
/// centre into a new progress database (<see cref="CentreWriter"/>) and prints what it wrote and how long it took.
/// Without <c>--played</c>, the lead's database after an import; with it, a classroom machine's database with
/// its outbox full.</summary>
internal static class CentreCommand
{
    public const string Name = "centre";

    public static int Run(string[] args)
    {
        string? db = null;
        int trainees = 2000, attempts = 50, turns = 10;
        var played = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db": db = Value(args, ++i); break;
                case "--trainees": trainees = Number(args, ++i); break;
                case "--attempts": attempts = Number(args, ++i); break;
                case "--turns": turns = Number(args, ++i); break;
                case "--played": played = true; break;
                default: return Usage($"unknown option '{args[i]}'");
            }
        }

        if (db is null)
            return Usage("--db PATH is required");
        if (File.Exists(db))
            return Usage($"{db} exists; give a new file");

        var clock = Stopwatch.StartNew();
        void Progress(int done)
        {
            if (done % 100 == 0)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done}/{trainees} trainees, {clock.Elapsed.TotalSeconds:F1} s"));
        }

        var written = played
            ? CentreWriter.Played(db, trainees, attempts, turns, Progress)
            : CentreWriter.Imported(db, trainees, attempts, turns, Progress);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{db}: {trainees} trainees × {attempts} attempts × {turns} turns = {written} turns ({(played ? "played, outbox full" : "imported")}) in {clock.Elapsed.TotalSeconds:F1} s, {new FileInfo(db).Length / 1048576.0:F0} MB"));
        return 0;
    }

    private static string Value(string[] args, int i) => i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Number(string[] args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{args[i - 1]} needs a positive whole number");

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"centre: {problem}");
        Console.Error.WriteLine("usage: centre --db PATH [--trainees 2000] [--attempts 50] [--turns 10] [--played]");
        return 2;
    }
}
