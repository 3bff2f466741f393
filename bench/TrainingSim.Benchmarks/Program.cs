using BenchmarkDotNet.Running;

namespace TrainingSim.Benchmarks;

public static class Program
{
    /// <summary>Run with: dotnet run -c Release --project bench/TrainingSim.Benchmarks -- --filter '*'
    /// (or <c>-- compare-loading NAME=FOLDER...</c>: <see cref="LoadingComparison"/>).</summary>
    public static void Main(string[] args)
    {
        if (args is ["compare-loading", .. var builds])
        {
            LoadingComparison.Run(builds);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
