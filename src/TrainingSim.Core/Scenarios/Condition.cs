namespace TrainingSim.Core.Scenarios;

/// <summary>A branch condition: item ids, mood/score comparisons, not/and/or.</summary>
public abstract record Condition;

public sealed record ItemMatched(string ItemId) : Condition;

public sealed record Not(Condition Operand) : Condition;

public sealed record And(Condition Left, Condition Right) : Condition;

public sealed record Or(Condition Left, Condition Right) : Condition;

public enum ComparisonSubject
{
    Mood,
    Score,
}

public enum ComparisonOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
}

public sealed record Comparison(ComparisonSubject Subject, ComparisonOperator Operator, int Value) : Condition;
