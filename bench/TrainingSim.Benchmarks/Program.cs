using BenchmarkDotNet.Running;
using TrainingSim.Benchmarks.Centre;

namespace TrainingSim.Benchmarks;

public static class Program
{
    /// <summary>Run with: dotnet run -c Release --project bench/TrainingSim.Benchmarks -- --filter '*'; the centre
    /// generator with: -- centre --db PATH ...; loading against YamlDotNet with: -- compare-loading NAME=FOLDER...
    /// (<see cref="LoadingComparison"/>).</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == CentreCommand.Name)
            return CentreCommand.Run(args[1..]);
        if (args is ["compare-loading", .. var builds])
        {
            LoadingComparison.Run(builds);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
