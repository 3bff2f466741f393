using BenchmarkDotNet.Running;

namespace TrainingSim.Benchmarks;

public static class Program
{
    /// <summary>Run with: dotnet run -c Release --project bench/TrainingSim.Benchmarks -- --filter '*'</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
