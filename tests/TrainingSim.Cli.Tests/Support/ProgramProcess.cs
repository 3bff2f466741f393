using System.Diagnostics;
using System.Text;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>The real built program as a child process (<c>dotnet trainingsim.dll ...</c>), with its standard
/// streams as pipes, UTF-8.</summary>
public sealed class ProgramProcess : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Process _process;
    private readonly StringBuilder _error = new();

    private ProgramProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_error)
                    _error.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public static string ProgramPath { get; } = Path.Combine(AppContext.BaseDirectory, "trainingsim.dll");

    /// <summary>Starts the program; <paramref name="environment"/> adds variables (TRAININGSIM_DB is always set,
    /// to a throwaway path unless given, so no test touches the user's own progress).</summary>
    public static ProgramProcess Start(
        IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["TRAININGSIM_DB"] = Path.Combine(Path.GetTempPath(), $"trainingsim-never-{Guid.NewGuid():N}.db");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        return new ProgramProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs to the end with <paramref name="input"/> on standard input.</summary>
    public static CliResult Run(string input, params string[] args)
    {
        using var program = Start(args);
        program.WriteAndClose(input);
        return program.WaitForExit();
    }

    public void WriteLine(string line)
    {
        _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    public void WriteAndClose(string text)
    {
        _process.StandardInput.Write(text);
        _process.StandardInput.Close();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Reads standard output up to and including the first line that satisfies
    /// <paramref name="until"/>; fails when the program ends or the time runs out first.</summary>
    public async Task<string> ReadUntilAsync(Func<string, bool> until, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var read = new StringBuilder();
        while (true)
        {
            string? line;
            try
            {
                line = await _process.StandardOutput.ReadLineAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching line within {timeout}; read so far:\n{read}\nstderr:\n{Error}");
            }

            if (line is null)
                throw new InvalidOperationException($"the program's output ended first; read:\n{read}\nstderr:\n{Error}");
            read.AppendLine(line);
            if (until(line))
                return read.ToString();
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
                return _error.ToString();
        }
    }

    public CliResult WaitForExit(TimeSpan? timeout = null)
    {
        var output = _process.StandardOutput.ReadToEndAsync();
        if (!_process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("the program did not exit");
        }

        _process.WaitForExit(); // drains the asynchronous stderr reader
        return new CliResult(_process.ExitCode, output.GetAwaiter().GetResult(), Error);
    }

    public bool HasExited => _process.HasExited;

    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
