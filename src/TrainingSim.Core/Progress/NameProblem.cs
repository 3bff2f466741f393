namespace TrainingSim.Core.Progress;

/// <summary>Why a new trainee's name is refused (<see cref="TraineeNames.Check"/>).</summary>
public enum NameProblem
{
    None,
    Empty,
    /// <summary>Longer than <see cref="TraineeNames.MaxLength"/> characters.</summary>
    TooLong,
    /// <summary>Holds an invisible character: zero-width, a format or control character, a variation selector.</summary>
    Invisible,
    /// <summary>Exactly the name of an existing trainee.</summary>
    Taken,
    /// <summary>Looks like the name of an existing trainee (Latin/Cyrillic/Greek lookalikes, case, spacing).</summary>
    Confusable,
}
