namespace TrainingSim.Core.Progress;

/// <summary>An attempt scored again after its scenario's rubric (or a concept bank) was edited: the score and
/// stars it was first given and the scenario version it was first scored with are kept here, the attempt's own
/// score and stars are the new ones.</summary>
/// <param name="OriginalScore">The score the attempt was first given.</param>
/// <param name="OriginalStars">The stars it was first given.</param>
/// <param name="Version">The scenario file's hash it was last scored with (the attempt's
/// <see cref="AttemptRecord.ScenarioVersion"/> stays the one it was played and first scored on).</param>
public sealed record AttemptRescore(int OriginalScore, int OriginalStars, string Version, DateTimeOffset At);
