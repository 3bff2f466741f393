using System.Diagnostics;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>The test LRS of <c>tests/lrs</c> (Learning Locker's in-memory xAPI service, a test-only tool): the
/// one <c>.ci/run</c> started (its endpoint in <c>TRAININGSIM_TEST_LRS</c>), or a private one a test starts and
/// stops itself with <c>tests/lrs/lrs.sh</c>.</summary>
public static class TestLrs
{
    public const string Variable = "TRAININGSIM_TEST_LRS";

    /// <summary>The folder with lrs.sh, validate.js and (once installed) node_modules; null outside a checkout.</summary>
    public static string? Tools { get; } = FindTools();

    /// <summary>True when the tools are installed (tests/lrs/lrs.sh install).</summary>
    public static bool Installed => Tools is not null && Directory.Exists(Path.Combine(Tools, "node_modules", "xapi-statements"));

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test that needs the LRS cannot run here, or null when it can.</summary>
    public static string? Missing(bool shared) =>
        !Installed ? "the test LRS is not installed (bash tests/lrs/lrs.sh install)"
        : shared && Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 }
            ? $"no test LRS is running ({Variable} is not set; .ci/run starts one)"
            : null;

    /// <summary>The endpoint of the LRS .ci/run started (fails the test when there is none).</summary>
    public static Uri Shared => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url
        ? new Uri(url)
        : throw new InvalidOperationException(Missing(shared: true));

    /// <summary>Starts a private LRS (empty, in memory) on a free port of 127.0.0.1.</summary>
    public static PrivateLrs Start() =>
        Missing(shared: false) is { } why ? throw new InvalidOperationException(why) : new PrivateLrs(Tools!);

    /// <summary>Runs a tool script of tests/lrs and returns its exit code and standard output.</summary>
    internal static (int Code, string Out) RunTool(string fileName, string input, params string[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Tools!,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }

    private static string? FindTools()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "lrs");
            if (File.Exists(Path.Combine(candidate, "lrs.sh")))
                return candidate;
        }

        return null;
    }
}

/// <summary>An LRS of a test's own; stopped (and its memory gone) on dispose.</summary>
public sealed class PrivateLrs : IDisposable
{
    private readonly string _tools;
    private readonly TempFolder _folder = new();

    internal PrivateLrs(string tools)
    {
        _tools = tools;
        var (code, output) = TestLrs.RunTool("bash", "", Path.Combine(_tools, "lrs.sh"), "start", _folder.Path);
        if (code != 0)
            throw new InvalidOperationException("the test LRS did not start: " + output);
        Endpoint = new Uri(File.ReadAllText(_folder.File("url")).Trim());
    }

    /// <summary>The xAPI endpoint, e.g. http://127.0.0.1:41234/xAPI/.</summary>
    public Uri Endpoint { get; }

    public void Dispose()
    {
        TestLrs.RunTool("bash", "", Path.Combine(_tools, "lrs.sh"), "stop", _folder.Path);
        _folder.Dispose();
    }
}

/// <summary>A fact that needs the test LRS: skipped, with the reason, on a machine without it; under CI=true it
/// always runs, so a missing LRS fails it.</summary>
public sealed class LrsFactAttribute : FactAttribute
{
    public LrsFactAttribute(bool shared = true)
    {
        if (!TestLrs.UnderCi && TestLrs.Missing(shared) is { } why)
            Skip = why;
    }
}
