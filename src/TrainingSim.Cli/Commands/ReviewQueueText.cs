using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Wording;

namespace TrainingSim.Cli.Commands;

/// <summary><c>review list</c> as text: per step a heading, the customer's line and the most missed items, then one
/// line per reply that a trainer can act on (its attempt and turn, as <c>review accept</c> takes them).</summary>
internal static class ReviewQueueText
{
    public static void Write(TextWriter output, ReviewQueue queue, ReviewWording text)
    {
        if (queue.Steps.Count == 0)
        {
            output.WriteLine(text.Format("Review.QueueEmpty", queue.Below ?? StepExamples.DefaultGoodAtLeast));
            return;
        }

        foreach (var step in queue.Steps)
        {
            output.WriteLine(TerminalText.Safe(text.Format("Review.QueueStep", step.ScenarioTitle, step.ScenarioId, step.StepId, queue.Below ?? step.PassMark, step.Replies.Count)));
            output.WriteLine("  " + TerminalText.Safe(text.Format("Review.QueueSay", step.Say.Trim())));
            if (step.MostMissed.Count > 0)
                output.WriteLine("  " + text.Format("Review.QueueMostMissed", string.Join(", ", step.MostMissed.Select(m => $"{m.Item} ×{m.Replies}"))));
            foreach (var reply in step.Replies)
            {
                var line = text.Format("Review.QueueReply", reply.Handle, reply.Turn, reply.Trainee, reply.Score, reply.Reply);
                if (reply.Accepted)
                    line += "  " + text["Review.QueueAccepted"];
                if (reply.Missed.Count > 0)
                    line += "  " + text.Format("Review.QueueReplyMissed", string.Join(", ", reply.Missed));
                if (reply.Others > 0)
                    line += "  " + text.Format("Review.QueueReplyOthers", reply.Others);
                output.WriteLine("  " + TerminalText.Safe(line));
            }

            output.WriteLine();
        }

        output.WriteLine(text.Format("Review.QueueSummary", queue.Replies, queue.Steps.Count));
        output.WriteLine(text["Review.QueueHowTo"]);
    }
}
