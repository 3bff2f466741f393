using TrainingSim.Core.Progress;

namespace TrainingSim.Tui.Models;

/// <summary>The sign-in screen's state: the known trainees in pinyin order, narrowed by a search, and creating
/// a new one under <see cref="TraineeNames"/>'s rule (a name equal to or looking like an existing trainee's is
/// refused, naming that trainee and cohort: nobody signs into someone else's record by typing their name).</summary>
internal sealed class SignInModel(IProgressStore store)
{
    private IReadOnlyList<Trainee> _all = Load(store);
    private string _search = "";

    /// <summary>The trainees the search matches, in pinyin order.</summary>
    public IReadOnlyList<Trainee> Trainees { get; private set; } = Load(store);

    /// <summary>True when there is any trainee at all (the search may still match none).</summary>
    public bool HasTrainees => _all.Count > 0;

    /// <summary>Why the last creation failed, or null.</summary>
    public FormMessage? Error { get; private set; }

    public string Search
    {
        get => _search;
        set
        {
            _search = value;
            Trainees = Filter();
        }
    }

    /// <summary>Reads the trainees again (another window may have added one). True when the list changed.</summary>
    public bool Reload()
    {
        var fresh = Load(store);
        if (fresh.SequenceEqual(_all))
            return false;
        _all = fresh;
        Trainees = Filter();
        return true;
    }

    /// <summary>Creates the trainee; null with <see cref="Error"/> set when the name cannot be a new trainee.</summary>
    public Trainee? Create(string name, string cohort)
    {
        Reload();
        var check = TraineeNames.Check(name, _all);
        Error = check.Problem switch
        {
            NameProblem.None => null,
            NameProblem.Empty => new FormMessage("ErrorNameEmpty"),
            NameProblem.TooLong => new FormMessage("ErrorNameTooLong", TraineeNames.MaxLength),
            NameProblem.Invisible => new FormMessage("ErrorNameInvisible"),
            NameProblem.Taken => new FormMessage("ErrorNameTaken", check.Existing!.Name, CohortOf(check.Existing)),
            _ => new FormMessage("ErrorNameConfusable", check.Existing!.Name, CohortOf(check.Existing)),
        };
        if (Error is not null)
            return null;
        cohort = cohort.Trim();
        var trainee = store.AddTrainee(check.Name, cohort.Length == 0 ? null : cohort);
        Reload();
        return trainee;
    }

    private static string CohortOf(Trainee trainee) => trainee.Cohort ?? "—";

    private List<Trainee> Filter() =>
        [.. _all.Where(t => TraineeNames.Matches(t.Name, _search) || (_search.Length > 0 && t.Cohort is { } c && TraineeNames.Matches(c, _search)))];

    private static List<Trainee> Load(IProgressStore store) => [.. store.ListTrainees().OrderBy(t => t.Name, TraineeNames.Order)];
}
