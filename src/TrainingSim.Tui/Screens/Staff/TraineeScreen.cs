using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>One trainee for the lead: figures, the score trend as a sparkline, needs-attention flags, skill
/// bars with the cohort's average marked (│) and written, then every attempt newest first; Enter opens its
/// transcript.</summary>
internal sealed class TraineeScreen : StaffScreen
{
    private const int BarWidth = 20;

    private readonly TraineeDetailModel _model;
    private readonly TimeProvider _clock;
    private readonly Action<Guid> _openTranscript;
    private readonly TextBlock _summary = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 3 };
    private readonly StaffTableView _table = new() { X = 0, Y = 3, Width = Dim.Fill(), Height = Dim.Fill() };

    public TraineeScreen(TraineeDetailModel model, StaffText text, TimeProvider clock, Action<Guid> openTranscript)
        : base(text)
    {
        _model = model;
        _clock = clock;
        _openTranscript = openTranscript;
        Add(_summary, _table);
        Bind(Key.Enter, Command.Accept, Open, text["StaffKeyTranscript"]);
        Render();
    }

    protected override string ScreenTitle => Strings.Format("StaffTraineeTitle", _model.Trainee.Name);

    public override void Shown()
    {
        _model.Reload();
        Render();
        _table.SetFocus();
    }

    private void Open()
    {
        if (_model.Attempts.Count > 0)
            _openTranscript(_model.Attempts[_table.Selected].Id);
    }

    private void Render()
    {
        var summary = _model.Summary;
        var last = summary.LastSession is { } when ? Strings.When(when, _clock) : Strings["StaffNever"];
        var lines = new List<StyledLine>
        {
            new(Strings.Format("StaffTraineeLine", _model.Trainee.Name, _model.Trainee.Cohort ?? "—", summary.Level.Level,
                summary.Attempts, summary.Completed, summary.Passed, summary.StarsEarned, summary.StarsPossible, last), Tone.Heading),
            new(Strings.Format("StaffTrendLine", _model.Trend.Count == 0 ? "—" : Sparkline.Render(_model.Trend),
                _model.Trend.Count == 0 ? "" : string.Join(" ", _model.Trend.TakeLast(5)))),
        };
        if (_model.Flags.Count == 0)
            lines.Add(new StyledLine("✓ " + Strings["StaffNoFlags"], Tone.Good));
        else
            lines.AddRange(_model.Flags.Select(f => new StyledLine("⚠ " + Strings.Flag(f), Tone.Bad, 2)));
        var nameWidth = ColumnWidths.Natural(_model.Skills.Select(s => _model.SkillName(s.SkillId)));
        lines.AddRange(_model.Skills.Select(s => SkillLine(s, nameWidth)));
        _summary.SetLines(lines);
        _summary.Height = lines.Count;
        _table.Y = lines.Count;

        var rows = _model.Attempts.Select(a => (IReadOnlyList<StaffCell>)
        [
            new StaffCell(Strings.When(a.StartedAt, _clock)),
            new StaffCell(_model.ScenarioTitle(a.ScenarioId)),
            new StaffCell(Strings[a.Mode == PlayMode.Exam ? "StaffModeExam" : "StaffModePractice"]),
            new StaffCell(Outcome(a), a.Passed ? Tone.Good : a.Completed ? Tone.Warning : Tone.Bad),
            new StaffCell(a.Completed ? a.Score.ToString(Strings.Culture) : "—"),
            new StaffCell(a.Completed ? StarWording.Glyphs(a.Stars) : "—"),
        ]).ToList();
        _table.SetRows(
            [Strings["StaffColumnWhen"], Strings["StaffColumnScenario"], Strings["StaffColumnMode"],
             Strings["StaffColumnOutcome"], Strings["StaffColumnScore"], Strings["StaffColumnStarsShort"]],
            rows, Strings["StaffNoAttempts"]);
    }

    private string Outcome(AttemptRecord attempt) => attempt.EffectiveOutcome switch
    {
        Outcomes.Abandoned => Strings["StaffOutcomeAbandoned"],
        Outcomes.HungUp => Strings["StaffOutcomeHungUp"],
        var other => (attempt.Passed ? "✓ " : "✗ ") + Strings.Outcome(other),
    };

    /// <summary>The skill's name padded to <paramref name="nameWidth"/> (the longest shown name's width), its bar
    /// with the cohort's average marked, its score and the cohort's.</summary>
    private StyledLine SkillLine(SkillComparison skill, int nameWidth)
    {
        var filled = (int)Math.Round(skill.Score / 100.0 * BarWidth, MidpointRounding.AwayFromZero);
        var bar = (new string('█', filled) + new string('░', BarWidth - filled)).ToCharArray();
        if (skill.CohortAverage is { } average)
            bar[Math.Clamp((int)Math.Round(average / 100.0 * BarWidth, MidpointRounding.AwayFromZero), 0, BarWidth - 1)] = '│';
        var name = Columns.Fit(_model.SkillName(skill.SkillId), nameWidth);
        var text = Strings.Format("StaffSkillLine", name, new string(bar), skill.Score, skill.CohortAverage?.ToString(Strings.Culture) ?? "—")
            + (skill.FarBelow ? " ⚠" : "");
        return new StyledLine(text, skill.FarBelow ? Tone.Bad : Tone.Normal);
    }
}
