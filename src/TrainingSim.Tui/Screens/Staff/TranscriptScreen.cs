using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>A recorded attempt turn by turn: the customer's line, the reply beside the model answer, the
/// turn's feedback, and the mood over the call. Staff read it as the CLI's transcript words it (step and item ids,
/// with hints); a trainee reading their own call reads it as the call coached them (no ids; the words that earned
/// each item when the reply, scored again, gives the stored items). ↑ ↓ PgUp PgDn scroll. An attempt the session may not see reads as not
/// found.</summary>
internal sealed class TranscriptScreen : StaffScreen
{
    private readonly TranscriptModel _model;
    private readonly TimeProvider _clock;
    private readonly TextBlock _body = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };

    private readonly ReviewWording _review;
    private readonly bool _trainee;

    /// <param name="overrideScore">Opens the score override of the attempt (F6); null when staff cannot override here.</param>
    /// <param name="trainee">A trainee reads their own call (F3 on home).</param>
    public TranscriptScreen(TranscriptModel model, StaffText text, TimeProvider clock, Action<TranscriptModel>? overrideScore = null,
        bool trainee = false)
        : base(text)
    {
        _model = model;
        _clock = clock;
        _trainee = trainee;
        _review = new ReviewWording(text.Culture);
        _body.SetSource(Lines);
        Add(_body);
        BindPageScrolling(_body);
        if (overrideScore is not null && model.Attempt is { Completed: true })
            Bind(Key.F6, Command.Edit, () => overrideScore(_model), text["StaffKeyOverride"]);
    }

    public override void Shown()
    {
        _model.Reload();
        _body.SetSource(Lines);
    }

    protected override string ScreenTitle => Strings.Format("StaffTranscriptTitle", _model.Title);


    private List<StyledLine> Lines(int width)
    {
        if (_model.Attempt is not { } attempt)
            return [new StyledLine("✗ " + Strings["StaffTranscriptNotFound"], Tone.Bad)];
        var lines = new List<StyledLine>
        {
            new(Strings.Format("StaffTranscriptHead", attempt.Trainee, _model.Title,
                Strings[attempt.Mode == PlayMode.Exam ? "StaffModeExam" : "StaffModePractice"],
                Strings.When(attempt.StartedAt, _clock)), Tone.Heading),
            new(Strings.Format("StaffTranscriptResult", Strings.Outcome(attempt.EffectiveOutcome),
                attempt.Completed ? attempt.Score.ToString(Strings.Culture) : "—",
                StarWording.Glyphs(attempt.Stars))),
            new(Strings.Format("StaffMoodLine", Sparkline.Render(_model.Moods), string.Join("→", _model.Moods))),
        };
        foreach (var change in _review.History(attempt))
            lines.AddRange(Columns.Wrap("✎ " + change, Math.Max(10, width - 1)).Select(l => new StyledLine(l, Tone.Warning)));
        if (_model.OtherVersion)
            lines.Add(new StyledLine("⚠ " + Strings["StaffOtherVersion"], Tone.Warning));
        if (_model.Scenario is null)
            lines.Add(new StyledLine("⚠ " + Strings["StaffScenarioMissing"], Tone.Warning));
        foreach (var turn in attempt.Turns)
            AddTurn(lines, turn, width);
        if (attempt.Turns.Count == 0)
            lines.Add(new StyledLine(Strings["StaffNoTurns"], Tone.Dim));
        return lines;
    }

    private void AddTurn(List<StyledLine> lines, TurnRecord turn, int width)
    {
        lines.Add(StyledLine.Blank);
        var head = _trainee
            ? Strings.Format("StaffTurnHeadTrainee", turn.Index + 1, turn.Score, turn.MoodAfter)
            : Strings.Format("StaffTurnHead", turn.Index + 1, turn.StepId, turn.Score, turn.MoodAfter);
        lines.Add(new StyledLine(head
            + (turn.OverTime ? " · " + Strings.Format("StaffOverTime", turn.OverTimeLoss) : "")
            + (turn.HintUsed ? " · " + Strings["StaffHintUsed"] : "")
            + (turn.HungUp ? " · " + Strings["StaffHungUp"] : ""), Tone.Heading));
        if (_model.CustomerLine(turn) is { } say)
            lines.Add(new StyledLine(Strings["StaffCustomer"] + say, Tone.Customer, 2));
        lines.AddRange(SideBySide(turn.Reply, _model.ModelAnswer(turn) ?? "—", width));
        lines.AddRange(_trainee
            ? FeedbackLines.Of(Strings.Wording, _model.FeedbackWithEvidence(turn) ?? _model.Feedback(turn), FeedbackStyle.Coach, "", 2)
            : FeedbackLines.Of(Strings.Wording, _model.Feedback(turn), FeedbackStyle.Record, "", 2));
    }

    private IEnumerable<StyledLine> SideBySide(string reply, string model, int width)
    {
        var column = Math.Max(10, (width - 3) / 2);
        var left = Columns.Wrap(reply, column - 2).ToList();
        var right = Columns.Wrap(model, column - 2).ToList();
        yield return new StyledLine(Columns.Fit(Strings["StaffReplyColumn"], column) + " │ " + Strings["StaffModelColumn"], Tone.Dim);
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var l = i < left.Count ? "  " + left[i] : "";
            var r = i < right.Count ? "  " + right[i] : "";
            yield return new StyledLine(Columns.Fit(l, column) + " │ " + r, Tone.Trainee);
        }
    }
}
