using TrainingSim.Core.Progress;

namespace TrainingSim.Tui.Models;

/// <summary>The sign-in screen's state: the known trainees, and creating a new one.</summary>
internal sealed class SignInModel(IProgressStore store)
{
    public const int MaxNameLength = 40;

    public IReadOnlyList<Trainee> Trainees { get; private set; } = Load(store);

    /// <summary>A resource key describing why the last creation failed, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Creates (or finds) the trainee; null with <see cref="Error"/> set when the name is unusable.</summary>
    public Trainee? Create(string name, string cohort)
    {
        name = name.Trim();
        cohort = cohort.Trim();
        Error = name.Length switch
        {
            0 => "ErrorNameEmpty",
            > MaxNameLength => "ErrorNameTooLong",
            _ => null,
        };
        if (Error is not null)
            return null;
        var trainee = store.FindTrainee(name) ?? store.AddTrainee(name, cohort.Length == 0 ? null : cohort);
        Trainees = Load(store);
        return trainee;
    }

    private static IReadOnlyList<Trainee> Load(IProgressStore store) =>
        [.. store.ListTrainees().OrderBy(t => t.Name, StringComparer.CurrentCulture)];
}
