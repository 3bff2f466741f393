using System.CommandLine;
using TrainingSim.Cli.Library;
using TrainingSim.Core.Drill;
using TrainingSim.Core.Progress;
using TrainingSim.Storage;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Commands;

/// <summary><c>drill --trainee NAME [--format text|json]</c>: the weak-skill drill the trainee's home offers now
/// (<see cref="DrillPlanner"/>): the skill, why, and the scenarios queued. Reads another trainee's data, so it needs
/// the staff passphrase once one is set; exit 1 for an unknown trainee.</summary>
public sealed class DrillCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var trainee = new Option<string>("--trainee") { Description = host.Text["HelpDrillTrainee"], HelpName = "NAME", Required = true };
        var format = OutputFormat.Option(host.Text, "text", "json");
        var command = new Command("drill", host.Text["HelpDrill"]) { trainee, format };
        command.SetAction(parse => Run(host.Context(parse), TraineeNames.Normalize(parse.GetValue(trainee)!), parse.GetValue(format) == "json"));
        return command;
    }

    private static int Run(CliContext context, string name, bool json)
    {
        StaffAccess.Require(context);
        var library = LibraryLoading.Load(context);
        using var store = LiteDbProgressStore.OpenForReading(context.DatabasePath);
        if (store.FindTrainee(name) is not { } trainee)
        {
            context.Error.WriteLine($"trainingsim: {context.Text["Error"]}: {ReportText.Format(context, "UnknownTrainee", name)}");
            return ExitCodes.Problem;
        }

        var plan = DrillPlanner.ForTrainee(store, trainee, library.Scenarios.Scenarios, TimeProvider.System);
        var names = new ContentNames(library.Content.Content, context.Culture);
        context.Out.Write(json ? Json(trainee.Name, plan) : Text(context, trainee.Name, plan, names));
        return ExitCodes.Success;
    }

    private static string Text(CliContext context, string trainee, DrillPlan plan, ContentNames names)
    {
        var text = context.Text;
        var lines = new List<string>();
        if (plan.Weakest is not { } weakest)
        {
            lines.Add(text.Format("DrillNotEnough", trainee, DrillRules.MinimumTurns, DrillRules.MinimumAttempts));
        }
        else
        {
            lines.Add(text.Format("DrillWhy", trainee, names.Skill(weakest.Skill), weakest.Attempts, Math.Round(weakest.WeightedScore, MidpointRounding.AwayFromZero), plan.Queue.Count));
            lines.AddRange(plan.Queue.Select((pick, i) => "  " + text.Format(pick.Tried ? "DrillPick" : "DrillPickNew", i + 1, pick.Scenario.Title,
                pick.Scenario.Id, names.Skill(weakest.Skill), Percent(pick.SkillShare), Percent(pick.MissRate))));
            if (plan.Queue.Count == 0)
                lines.Add("  " + text["DrillNoScenario"]);
        }

        if (plan.Skills.Count > 0)
        {
            lines.Add(text.Format("DrillSkills", string.Join(" · ", plan.Skills.Select(s =>
                text.Format(s.Enough ? "DrillSkill" : "DrillSkillThin", names.Skill(s.Skill), Math.Round(s.WeightedScore, MidpointRounding.AwayFromZero), s.Attempts, s.Turns)))));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static int Percent(double share) => (int)Math.Round(100 * share, MidpointRounding.AwayFromZero);

    private static string Json(string trainee, DrillPlan plan) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("trainee", trainee);
        if (plan.Weakest is { } weakest)
        {
            json.WriteString("skill", weakest.Skill);
            json.WriteNumber("weighted_score", Math.Round(weakest.WeightedScore, 1));
        }
        else
        {
            json.WriteNull("skill");
            json.WriteNull("weighted_score");
        }

        json.WriteStartArray("queue");
        foreach (var pick in plan.Queue)
        {
            json.WriteStartObject();
            json.WriteString("scenario", pick.Scenario.Id);
            json.WriteString("title", pick.Scenario.Title);
            json.WriteNumber("skill_share", Math.Round(pick.SkillShare, 3));
            json.WriteNumber("miss_rate", Math.Round(pick.MissRate, 3));
            json.WriteBoolean("tried", pick.Tried);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("skills");
        foreach (var skill in plan.Skills)
        {
            json.WriteStartObject();
            json.WriteString("skill", skill.Skill);
            json.WriteNumber("weighted_score", Math.Round(skill.WeightedScore, 1));
            json.WriteNumber("attempts", skill.Attempts);
            json.WriteNumber("turns", skill.Turns);
            json.WriteBoolean("enough", skill.Enough);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }) + "\n";
}
