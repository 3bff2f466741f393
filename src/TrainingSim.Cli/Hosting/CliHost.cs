using System.CommandLine;

namespace TrainingSim.Cli;

/// <summary>What the commands of one run share: the common options, the console and the environment.</summary>
public sealed class CliHost(CommonOptions options, CliConsole console, CliEnvironment environment)
{
    public CommonOptions Options { get; } = options;

    public CliConsole Console { get; } = console;

    public CliEnvironment Environment { get; } = environment;

    public CliContext Context(ParseResult parse) => new(parse, Options, Console, Environment);
}
