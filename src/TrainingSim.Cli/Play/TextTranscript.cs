using TrainingSim.Core.Conversations;
using TrainingSim.Core.Feedback;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Play;

/// <summary>The readable transcript of <c>play</c>: the customer's lines, each reply with what it matched
/// (✓) and missed (✗) with hints, the model answer and the mood; then the scorecard. Flushed after every
/// turn, so whoever feeds replies through a pipe sees each turn before sending the next. Feedback, stars, skill
/// and outcome names are worded by the wording layer (record style: item ids first).</summary>
public sealed class TextTranscript(TextWriter output, Messages text, InterfaceWording wording) : IPlayObserver
{
    public void Started(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var scenario = conversation.Scenario;
        output.WriteLine($"{scenario.Title} ({scenario.Id})");
        if (!string.IsNullOrWhiteSpace(scenario.Brief))
        {
            foreach (var line in scenario.Brief.Trim().Split('\n'))
                output.WriteLine($"  {line.TrimEnd()}");
        }

        if (scenario.Info.Count > 0)
            output.WriteLine($"  {text["Account"]}: {string.Join(" · ", scenario.Info.Select(i => $"{i.Key} {i.Value}"))}");
        output.WriteLine($"  {text["Mood"]}: {conversation.Mood}");
        output.WriteLine();
        WriteStep(conversation, conversation.CurrentStep);
        output.Flush();
    }

    public void Answered(Conversation conversation, TurnResult turn, int moodBefore)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        var step = conversation.Scenario.Steps[turn.StepId];
        output.WriteLine(turn.Choice is { } number ? $"> {number}. {turn.Reply}" : $"> {turn.Reply}");

        var feedback = FeedbackBuilder.For(turn, step);
        foreach (var (_, line) in wording.Feedback.Lines(feedback, FeedbackStyle.Record))
            output.WriteLine($"  {line}");
        output.WriteLine($"  {text.Format("TurnScore", ScoreMath.Round(turn.Score), moodBefore, turn.MoodAfter)}");
        if (step is FreeTextStep { Model: { } model })
            output.WriteLine($"  {text["ModelAnswer"]}: {model}");
        output.WriteLine();

        if (turn.HungUp)
            output.WriteLine(text.Format("HungUp", CustomerName(conversation.Scenario)));
        else
            WriteStep(conversation, conversation.CurrentStep);
        output.Flush();
    }

    public void Finished(Conversation conversation, AttemptResult result)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome == Outcomes.Abandoned)
            output.WriteLine(text["Abandoned"]);
        output.WriteLine();
        output.WriteLine($"== {text["Scorecard"]} ==");
        var success = result.Success ? text["Success"] : text["NoSuccess"];
        output.WriteLine($"{text["Outcome"]}: {(result.Outcome is { } outcome ? wording.Names.Outcome(outcome) : "")} ({success})");
        output.WriteLine($"{text["Score"]}: {result.Score} ({text.Format("PassScore", conversation.Scenario.PassScore)})");
        output.WriteLine($"{text["Stars"]}: {StarWording.Glyphs(result.Stars)} {result.Stars}/3");
        if (result.Rating is { } rating)
        {
            foreach (var level in wording.Stars.Levels(rating))
                output.WriteLine($"  {level}");
        }

        if (result.Skills.Count > 0)
            output.WriteLine($"{text["Skills"]}: {string.Join(" · ", result.Skills.Select(s => $"{wording.Names.Skill(s.Key)} {s.Value}"))}");
        output.WriteLine($"{text["FinalMood"]}: {result.FinalMood}");
        output.Flush();
    }

    private void WriteStep(Conversation conversation, Step step)
    {
        if (!string.IsNullOrWhiteSpace(step.Note))
            output.WriteLine($"[{text["Narrator"]}] {step.Note}");
        if (!string.IsNullOrWhiteSpace(step.Say))
            output.WriteLine($"{CustomerName(conversation.Scenario)}: {step.Say}");
        switch (step)
        {
            case ChoiceStep choices:
                for (var i = 0; i < choices.Choices.Count; i++)
                    output.WriteLine($"  {i + 1}. {choices.Choices[i].Text}");
                break;
            case EndStep end:
                output.WriteLine(text.Format("CallEnded", wording.Names.Outcome(end.Outcome)));
                break;
        }
    }

    private string CustomerName(Scenario scenario) => scenario.Customer.Name ?? text["Customer"];
}
