using System.Diagnostics;

namespace TrainingSim.Storage.Tests;

/// <summary>Runs tests/TrainingSim.Storage.KillProbe (copied beside the tests) as a child process.</summary>
internal sealed class Probe : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process _process;

    public Probe(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "TrainingSim.Storage.KillProbe.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        _process = Process.Start(info) ?? throw new InvalidOperationException("the probe did not start");
    }

    /// <summary>Reads the probe's output until a line equals <paramref name="line"/>; returns every line read.</summary>
    public List<string> ReadUntil(string line)
    {
        var lines = new List<string>();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var read = _process.StandardOutput.ReadLineAsync();
            if (!read.Wait(deadline - DateTime.UtcNow) || read.Result is null)
                break;
            lines.Add(read.Result);
            if (read.Result == line)
                return lines;
        }

        throw new TimeoutException($"the probe never printed '{line}'; it printed: {string.Join(" | ", lines)}; " +
                                   $"errors: {_process.StandardError.ReadToEnd()}");
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no finally blocks, no disposal, nothing flushed by the program.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public int WaitForExit()
    {
        if (!_process.WaitForExit(Patience))
            throw new TimeoutException("the probe did not finish");
        return _process.ExitCode;
    }

    public string Errors => _process.StandardError.ReadToEnd();

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
