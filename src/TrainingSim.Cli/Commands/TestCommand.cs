using System.CommandLine;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Testing;

namespace TrainingSim.Cli.Commands;

/// <summary><c>test [PATH...]</c>: plays the tests written inside scenarios and scores the example replies of their
/// free-text steps. Each failure is one line at the test's (or example's) place, <c>path:line:column: name: what
/// differed</c>; the last line is <c>N passed, N failed</c>, counting tests and examples.
/// Exit 1 when a test or an example failed or a file could not be loaded (its errors are listed first).</summary>
public sealed class TestCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var paths = new Argument<string[]>("PATH")
        {
            Description = host.Text["HelpPaths"],
            Arity = ArgumentArity.ZeroOrMore,
        };
        var explore = new Option<int?>("--explore") { Description = host.Text["HelpExplore"], HelpName = "N" };
        var seed = new Option<int?>("--seed") { Description = host.Text["HelpSeed"], HelpName = "S" };
        var format = OutputFormat.Option(host.Text, "text", "json");
        var command = new Command("test", host.Text["HelpTest"]) { paths, explore, seed, format };
        command.SetAction(parse =>
        {
            var context = host.Context(parse);
            var given = parse.GetValue(paths) ?? [];
            if (parse.GetValue(explore) is { } calls)
                return ExploreRun.Run(context, given, calls, parse.GetValue(seed), parse.GetValue(format) == "json");
            if (parse.GetResult(seed) is { Implicit: false } || parse.GetResult(format) is { Implicit: false })
                throw new CliException(context.Text["ExploreOptionsNeedExplore"], ExitCodes.Usage);
            return Run(context, given);
        });
        return command;
    }

    private static int Run(CliContext context, string[] paths)
    {
        var library = LibraryLoading.Load(context, paths);
        var loadErrors = library.Diagnostics.Where(d => d.Severity == Severity.Error).Select(context.Diagnostics.Word).ToList();
        foreach (var error in loadErrors)
            context.Out.WriteLine(error.ToString());

        int passed = 0, failed = 0;
        foreach (var scenario in library.Scenarios.Scenarios)
        {
            foreach (var result in ScenarioTestRunner.Run(scenario))
                Count(result.Test.Span, result.Test.Name, result.Differences);
            foreach (var result in StepExampleRunner.Run(scenario))
                Count(result.Example.Span, result.Name, result.Differences);

            void Count(SourceSpan span, string name, IReadOnlyList<string> differences)
            {
                if (differences.Count == 0)
                {
                    passed++;
                    return;
                }

                failed++;
                context.Out.WriteLine(
                    $"{scenario.SourcePath}:{span.Line + 1}:{span.Column + 1}: {name}: {string.Join("; ", differences)}");
            }
        }

        context.Out.WriteLine($"{passed} passed, {failed} failed");
        return failed > 0 || loadErrors.Count > 0 ? ExitCodes.Problem : ExitCodes.Success;
    }
}
