using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Scoring;

/// <summary>Evaluates a branch condition after a reply.</summary>
/// <remarks>An item id names an item of the answered step (house items by their <c>house.</c> id); it is
/// true when the item matched, penalties included. <c>score</c> is the reply's unrounded step score
/// 0..100. <c>mood</c> is the mood after this reply's own change (the score-based change and any
/// over-time loss), before the mood of the step the branch leads to — that step is not known until the
/// condition has been decided.</remarks>
public static class ConditionEvaluator
{
    public static bool Evaluate(Condition condition, StepEvaluation evaluation, int mood)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return Evaluate(condition, evaluation.IsMatched, mood, evaluation.Score);
    }

    public static bool Evaluate(Condition condition, Func<string, bool> itemMatched, int mood, double score)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(itemMatched);
        return condition switch
        {
            ItemMatched item => itemMatched(item.ItemId),
            Not not => !Evaluate(not.Operand, itemMatched, mood, score),
            And and => Evaluate(and.Left, itemMatched, mood, score) && Evaluate(and.Right, itemMatched, mood, score),
            Or or => Evaluate(or.Left, itemMatched, mood, score) || Evaluate(or.Right, itemMatched, mood, score),
            Comparison comparison => Compare(
                comparison.Subject == ComparisonSubject.Mood ? mood : score,
                comparison.Operator,
                comparison.Value),
            _ => throw new ArgumentException($"Unknown condition {condition.GetType().Name}.", nameof(condition)),
        };
    }

    private static bool Compare(double left, ComparisonOperator op, int right) => op switch
    {
        ComparisonOperator.Less => left < right,
        ComparisonOperator.LessOrEqual => left <= right,
        ComparisonOperator.Greater => left > right,
        ComparisonOperator.GreaterOrEqual => left >= right,
        ComparisonOperator.Equal => left == right,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown comparison operator."),
    };
}
