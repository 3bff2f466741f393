using System.CommandLine;
using System.Globalization;
using TrainingSim.Authoring.Diagnostics;

namespace TrainingSim.Cli;

/// <summary>Everything one command's action needs: its parse result, the console, the interface language
/// and the locations the common options resolve to.</summary>
public sealed class CliContext
{
    public CliContext(ParseResult parse, CommonOptions options, CliConsole console, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        Parse = parse;
        Options = options;
        Console = console;
        Environment = environment;
        Culture = InterfaceLanguage.Resolve(parse.GetValue(options.Language), environment.SystemCulture);
        Text = new Messages(Culture);
    }

    public ParseResult Parse { get; }

    public CommonOptions Options { get; }

    public CliConsole Console { get; }

    public CliEnvironment Environment { get; }

    public CultureInfo Culture { get; }

    public Messages Text { get; }

    /// <summary>Diagnostics worded in the language <c>--lang</c> names; without it, in English as the loader writes them,
    /// so that scripts read the same lines whatever the system's language.</summary>
    public DiagnosticText Diagnostics => Parse.GetValue(Options.Language) is null ? DiagnosticText.English : DiagnosticText.For(Culture);

    public TextWriter Out => Console.Out;

    public TextWriter Error => Console.Error;

    public string DatabasePath => DefaultLocations.Database(Parse.GetValue(Options.Database), Environment);

    /// <summary><c>--scenarios</c> as given, else the shipped folder.</summary>
    public IReadOnlyList<string> ScenarioPaths
    {
        get
        {
            var given = Parse.GetValue(Options.Scenarios);
            if (given is { Length: > 0 })
                return given;
            return [DefaultLocations.FindShipped(DefaultLocations.ScenariosFolder, Environment)
                ?? throw new CliException(Text.Format("NoShippedFolder", DefaultLocations.ScenariosFolder, "--scenarios"))];
        }
    }

    /// <summary><c>--content</c> as given, else the shipped folder.</summary>
    public string ContentPath =>
        Parse.GetValue(Options.Content)
        ?? DefaultLocations.FindShipped(DefaultLocations.ContentFolder, Environment)
        ?? throw new CliException(Text.Format("NoShippedFolder", DefaultLocations.ContentFolder, "--content"));
}
