using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace TrainingSim.Cli;

/// <summary>Parses the command line, runs the command, and turns every failure into one line on standard
/// error and an exit code (0, 1 or 2): no input, however bad, prints a stack trace.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliConsole console) => Run(args, console, CliEnvironment.FromProcess());

    public static int Run(string[] args, CliConsole console, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);
        var culture = InterfaceLanguage.Resolve(LanguageArgument(args), environment.SystemCulture);
        var fallbackText = new Messages(culture);
        var callerCulture = CultureInfo.CurrentUICulture;
        try
        {
            // System.CommandLine words its own messages (parse errors, help) in the current UI culture.
            CultureInfo.CurrentUICulture = culture;
            var host = new CliHost(new CommonOptions(fallbackText), console, environment, fallbackText);
            var root = BuildRoot(host);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
            {
                // One line a problem, the way to help on the same line.
                foreach (var error in parse.Errors)
                    console.Error.WriteLine(ErrorReport.OneLine($"trainingsim: {fallbackText["Error"]}: {error.Message} ({fallbackText["SeeHelp"]})"));
                return ExitCodes.Usage;
            }

            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Out,
                Error = console.Error,
            };
            if (parse.Action is not HelpAction)
                return parse.Invoke(configuration);

            using var page = new StringWriter(CultureInfo.InvariantCulture);
            configuration.Output = page;
            var code = parse.Invoke(configuration);
            console.Out.Write(HelpWording.Localize(page.ToString(), fallbackText));
            return code;
        }
        catch (Exception exception)
        {
            return ErrorReport.Write(exception, console.Error, fallbackText);
        }
        finally
        {
            CultureInfo.CurrentUICulture = callerCulture;
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    public static RootCommand BuildRoot(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var root = new RootCommand(host.Text["HelpRoot"]);
        host.Options.AddTo(root);
        HelpWording.Describe(root, host.Text);
        foreach (var command in CommandCatalog.All)
            root.Add(command.Create(host));
        Commands.TuiCommand.Attach(root, host);
        return root;
    }

    /// <summary>The <c>--lang</c> value read before parsing, so even a parse error speaks the right language.</summary>
    private static string? LanguageArgument(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
                return args[i + 1];
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
                return args[i][7..];
        }

        return null;
    }
}
