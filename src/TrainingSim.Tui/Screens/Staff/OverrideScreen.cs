using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>A lead's or trainer's score for one completed attempt, with why (Enter moves from the score to the
/// comment, then stores it): the transcript then shows both scores and who changed it.</summary>
internal sealed class OverrideScreen : StaffScreen
{
    private readonly AttemptRecord _attempt;
    private readonly Scenario? _scenario;
    private readonly IReviewStore _store;
    private readonly Role _role;
    private readonly TimeProvider _clock;
    private readonly Action _done;
    private readonly TextField _score = new() { X = 2, Y = 3, Width = 6 };
    private readonly TextField _comment = new() { X = 2, Y = 6, Width = Dim.Fill() };
    private readonly TextBlock _message = new() { X = 0, Y = 8, Width = Dim.Fill(), Height = 3 };

    public OverrideScreen(AttemptRecord attempt, Scenario? scenario, IReviewStore store, Role role, StaffText text, TimeProvider clock, Action done)
        : base(text)
    {
        _attempt = attempt;
        _scenario = scenario;
        _store = store;
        _role = role;
        _clock = clock;
        _done = done;
        Add(
            new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = text.Format("StaffOverrideHead", attempt.Trainee, scenario?.Title ?? attempt.ScenarioId, attempt.ScoredScore) },
            new Label { X = 0, Y = 2, Width = Dim.Fill(), Text = text["StaffOverrideScore"] },
            new Label { X = 0, Y = 3, Text = "›" },
            _score,
            new Label { X = 0, Y = 5, Width = Dim.Fill(), Text = text.Format("StaffOverrideComment", ScoreOverrides.MaxCommentLength) },
            new Label { X = 0, Y = 6, Text = "›" },
            _comment,
            _message);
        Bind(Key.Enter, Command.Accept, Enter, text["StaffKeyOverride"]);
    }

    protected override string ScreenTitle => Strings["StaffOverrideTitle"];

    public override void Shown() => _score.SetFocus();

    private void Enter()
    {
        if (_score.HasFocus)
        {
            _comment.SetFocus();
            return;
        }

        var score = int.TryParse(_score.Text.Trim(), System.Globalization.NumberStyles.None, Strings.Culture, out var n) ? n : -1;
        var (made, problem) = ScoreOverrides.Make(_attempt, _scenario, score, _comment.Text, ScoreOverrides.Who(_role), _clock.GetUtcNow());
        if (made is null)
        {
            _message.SetLines([new StyledLine("✗ " + Strings.Format("StaffOverride." + problem, ScoreOverrides.MaxCommentLength), Tone.Bad)]);
            (problem == "score" ? _score : _comment).SetFocus();
            return;
        }

        _store.StoreOverride(_attempt.Id, made);
        _done();
    }
}
