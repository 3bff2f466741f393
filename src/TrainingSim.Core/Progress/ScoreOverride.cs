namespace TrainingSim.Core.Progress;

/// <summary>A lead's or trainer's score for one attempt, in place of the scored one, with why and who.</summary>
/// <param name="Score">The score that stands (0..100).</param>
/// <param name="Stars">The stars that score earns by the star rules (the other requirements as they were met).</param>
/// <param name="ScoredScore">The score the rubric gave (after any re-scoring), which the override replaces.</param>
/// <param name="ScoredStars">The stars the rubric gave.</param>
/// <param name="By">Who changed it: the staff role (<c>lead</c> or <c>trainer</c>), as the staff session knows it.</param>
public sealed record ScoreOverride(
    int Score, int Stars, int ScoredScore, int ScoredStars, string By, string Comment, DateTimeOffset At);
