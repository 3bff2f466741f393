using System.CommandLine;

namespace TrainingSim.Cli.Commands;

/// <summary>No command: the text UI. Until the text UI project offers its entry point
/// (<c>TrainingSimApp.Run(TuiOptions)</c>), this says so in one line.</summary>
public static class TuiCommand
{
    public static void Attach(RootCommand root, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(host);
        root.SetAction(parse =>
        {
            var context = host.Context(parse);
            context.Error.WriteLine($"trainingsim: {context.Text["TuiUnavailable"]}");
            return ExitCodes.Usage;
        });
    }
}
