namespace TrainingSim.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Even a failure outside the command's own thread is one line, never a stack trace.
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Console.Error.WriteLine(ErrorReport.OneLine(
                $"trainingsim: internal error ({e.ExceptionObject.GetType().Name}: {(e.ExceptionObject as Exception)?.Message}); this is a bug, please report it with the command line you ran"));
            Environment.Exit(ExitCodes.Usage);
        };

        CliConsole console;
        try
        {
            console = CliConsole.FromSystemConsole();
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(ErrorReport.OneLine($"trainingsim: error: cannot set up the console ({e.Message})"));
            return ExitCodes.Usage;
        }

        return CliApp.Run(args, console);
    }
}
