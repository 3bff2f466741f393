namespace TrainingSim.Cli;

/// <summary>The commands of <c>trainingsim</c>. To add one: write <c>Commands/XCommand.cs</c> implementing
/// <see cref="ICliCommand"/> and add it to this list. With no command the text UI opens
/// (<see cref="Commands.TuiCommand"/>).</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new Commands.ValidateCommand(),
        new Commands.TestCommand(),
        new Commands.PlayCommand(),
        new Commands.TraineeCommand(),
        new Commands.ReportCommand(),
        new Commands.ExportCommand(),
        new Commands.ImportCommand(),
        new Commands.SyncCommand(),
        new Commands.DbCommand(),
        new Commands.StaffCommand(),
        new Commands.DrillCommand(),
        new Commands.CourseCommand(),
        new Commands.ReviewCommand(),
        new Commands.AttemptCommand(),
    ];
}
