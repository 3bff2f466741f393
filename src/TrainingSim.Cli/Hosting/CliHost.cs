using System.CommandLine;

namespace TrainingSim.Cli;

/// <summary>What the commands of one run share: the common options, the console and the environment.</summary>
public sealed class CliHost(CommonOptions options, CliConsole console, CliEnvironment environment, Messages text)
{
    public CommonOptions Options { get; } = options;

    public CliConsole Console { get; } = console;

    public CliEnvironment Environment { get; } = environment;

    /// <summary>Messages in the interface language as read from the command line before parsing: for help texts.</summary>
    public Messages Text { get; } = text;

    public CliContext Context(ParseResult parse) => new(parse, Options, Console, Environment);
}
