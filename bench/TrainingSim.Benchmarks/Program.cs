using BenchmarkDotNet.Running;
using TrainingSim.Benchmarks.Centre;

namespace TrainingSim.Benchmarks;

public static class Program
{
    /// <summary>Run with: dotnet run -c Release --project bench/TrainingSim.Benchmarks -- --filter '*'; the centre
    /// generator with: dotnet run -c Release --project bench/TrainingSim.Benchmarks -- centre --db PATH ...</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == CentreCommand.Name)
            return CentreCommand.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
