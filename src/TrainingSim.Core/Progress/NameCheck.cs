namespace TrainingSim.Core.Progress;

/// <summary>A name as it would be stored (NFKC, trimmed) and why it cannot be a new trainee, with the
/// existing trainee it collides with for <see cref="NameProblem.Taken"/> and <see cref="NameProblem.Confusable"/>.</summary>
public sealed record NameCheck(string Name, NameProblem Problem, Trainee? Existing = null)
{
    public bool IsUsable => Problem == NameProblem.None;
}
