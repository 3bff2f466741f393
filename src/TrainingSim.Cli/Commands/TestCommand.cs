using System.CommandLine;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Testing;

namespace TrainingSim.Cli.Commands;

/// <summary><c>test [PATH...]</c>: plays the tests written inside scenarios. Each failure is one line at the
/// test's place, <c>path:line:column: name: what differed</c>; the last line is <c>N passed, N failed</c>.
/// Exit 1 when a test failed or a file could not be loaded (its errors are listed first).</summary>
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
        var command = new Command("test", host.Text["HelpTest"]) { paths };
        command.SetAction(parse => Run(host.Context(parse), parse.GetValue(paths) ?? []));
        return command;
    }

    private static int Run(CliContext context, string[] paths)
    {
        var library = LibraryLoading.Load(context, paths);
        var loadErrors = library.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        foreach (var error in loadErrors)
            context.Out.WriteLine(error.ToString());

        int passed = 0, failed = 0;
        foreach (var scenario in library.Scenarios.Scenarios)
        {
            foreach (var result in ScenarioTestRunner.Run(scenario))
            {
                if (result.Passed)
                {
                    passed++;
                    continue;
                }

                failed++;
                var span = result.Test.Span;
                context.Out.WriteLine(
                    $"{scenario.SourcePath}:{span.Line + 1}:{span.Column + 1}: {result.Test.Name}: {string.Join("; ", result.Differences)}");
            }
        }

        context.Out.WriteLine($"{passed} passed, {failed} failed");
        return failed > 0 || loadErrors.Count > 0 ? ExitCodes.Problem : ExitCodes.Success;
    }
}
