using System.Globalization;
using TrainingSim.Core.Progress;

namespace TrainingSim.Cli.Commands;

/// <summary>The command line's side of <see cref="TraineeNames"/> (<c>trainee add</c>, <c>play --trainee</c>):
/// a name that cannot be a new trainee becomes one line naming the existing trainee and cohort it collides with.</summary>
internal static class TraineeNaming
{
    /// <summary>The check of a usable or exactly taken name (<see cref="NameCheck.Existing"/> set); throws for the rest.</summary>
    public static NameCheck Check(CliContext context, string name, IProgressStore store)
    {
        var check = TraineeNames.Check(name, store.ListTrainees());
        return check.Problem switch
        {
            NameProblem.Empty => throw new CliException(context.Text["TraineeNameEmpty"]),
            NameProblem.Invisible => throw new CliException(context.Text.Format(
                "TraineeNameInvisible", string.Create(CultureInfo.InvariantCulture, $"U+{TraineeNames.InvisibleIn(check.Name)!.Value.Value:X4}"))),
            NameProblem.TooLong => throw new CliException(context.Text.Format("TraineeNameTooLong", TraineeNames.MaxLength)),
            NameProblem.Confusable => throw new CliException(
                context.Text.Format("TraineeNameConfusable", check.Name, check.Existing!.Name, check.Existing.Cohort ?? "—"), ExitCodes.Problem),
            _ => check,
        };
    }
}
