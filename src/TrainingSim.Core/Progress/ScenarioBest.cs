namespace TrainingSim.Core.Progress;

/// <summary>A trainee's best over the completed attempts of one scenario (the best score and the most
/// stars may come from different attempts).</summary>
public sealed record ScenarioBest(string ScenarioId, int Score, int Stars, int Completed);
