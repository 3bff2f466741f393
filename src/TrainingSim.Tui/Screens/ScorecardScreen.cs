using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Scoring;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens;

/// <summary>After the call: score, stars with what each level needed, skill bars, the outcome, and every
/// turn's reply beside the model answer. R retry, N next scenario, H home.</summary>
internal sealed class ScorecardScreen : Screen
{
    private readonly ScorecardModel _model;
    private readonly UiText _text;
    private readonly TextBlock _body;

    public ScorecardScreen(ScorecardModel model, UiText text, Action retry, Action? next, Action home)
    {
        _model = model;
        _text = text;
        _body = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        _body.SetSource(Lines);
        Add(_body);

        // A letter works in either case: the status bar shows the plain key.
        Bind(Key.R, Command.Redo, retry, text["KeyRetry"]);
        KeyBindings.Add(Key.R.WithShift, Command.Redo);
        if (next is not null)
        {
            Bind(Key.N, Command.Right, next, text["KeyNext"]);
            KeyBindings.Add(Key.N.WithShift, Command.Right);
        }
        Bind(Key.H, Command.Home, home, text["KeyHome"]);
        KeyBindings.Add(Key.H.WithShift, Command.Home);
        BindScrolling(_body, text["KeyScroll"]);
    }

    protected override string ScreenTitle => _text["ScorecardTitle"];

    public override void Shown() => SetFocus();

    private List<StyledLine> Lines(int width)
    {
        var result = _model.Result;
        var rating = result.Rating;
        var names = _text.Wording.Names;
        var outcome = result.Outcome is { } id ? names.Outcome(id) : "—";
        var lines = new List<StyledLine>
        {
            new(_text.Format("ScoreLine", _model.Scenario.Title, result.Score, StarWording.Glyphs(result.Stars)), Tone.Heading),
            new(_text.Format("OutcomeLine", outcome, result.Success ? _text["Success"] : _text["NotSuccess"], result.FinalMood),
                result.Success ? Tone.Good : Tone.Bad),
            StyledLine.Blank,
        };
        if (!_model.News.IsEmpty)
        {
            if (_model.News.NewLevel is { } level)
                lines.Add(new StyledLine(_text.Format("NewsLevelUp", level, _text.LevelName(level)), Tone.Good));
            if (_model.News.Unlocked.Count > 0)
                lines.Add(new StyledLine(_text.Format("NewsUnlocked", string.Join(_text["ListSeparator"], _model.News.Unlocked.Select(s => s.Title))), Tone.Good, 2));
            lines.Add(StyledLine.Blank);
        }
        if (rating is not null)
        {
            var stars = _text.Wording.Stars;
            lines.Add(new StyledLine(string.Join(" · ", rating.Levels.Select(l => $"{(l.Reached ? "★" : "☆")} {stars.LevelName(l)}")), Tone.Heading));
            foreach (var level in rating.Levels)
                lines.Add(new StyledLine($"{(level.Reached ? "✓" : "✗")} {stars.LevelName(level)}: {stars.Needs(level)}", level.Reached ? Tone.Good : Tone.Dim, 4));
            lines.Add(StyledLine.Blank);
        }

        lines.Add(new StyledLine(_text["Skills"], Tone.Heading));
        var nameWidth = result.Skills.Keys.Select(k => Columns.Width(names.Skill(k))).DefaultIfEmpty(4).Max() + 1;
        var barWidth = Math.Clamp(width - nameWidth - 6, 5, 30);
        foreach (var (skill, score) in result.Skills)
        {
            var filled = ScoreMath.Round(score / 100.0 * barWidth);
            lines.Add(new StyledLine($"{Columns.Fit(names.Skill(skill), nameWidth)}{new string('█', filled)}{new string('░', barWidth - filled)} {score,3}",
                score >= 80 ? Tone.Good : score >= 60 ? Tone.Normal : Tone.Bad));
        }
        lines.Add(StyledLine.Blank);

        var column = Math.Max(10, (width - 3) / 2);
        foreach (var turn in result.Turns)
        {
            lines.Add(new StyledLine(_text.Format("TurnLine", turn.Index + 1, ScoreMath.Round(turn.Score)), Tone.Heading));
            if (_model.CustomerLine(turn) is { } say)
                lines.Add(new StyledLine(_text.Format("LineCustomer", say), Tone.Customer, 2));
            lines.Add(new StyledLine(Columns.Fit(_text["YourReply"], column) + " │ " + _text["ModelAnswer"], Tone.Dim));
            var left = Columns.Wrap(turn.Reply, column);
            var right = Columns.Wrap(_model.ModelAnswer(turn.StepId) ?? "—", column);
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                var l = i < left.Count ? left[i] : "";
                var r = i < right.Count ? right[i] : "";
                lines.Add(new StyledLine(Columns.Fit(l, column) + " │ " + r));
            }
            lines.AddRange(FeedbackLines.Of(_text.Wording, _model.Feedback(turn), FeedbackStyle.Coach, "  ", 4));
            if (turn.HungUp)
                lines.Add(new StyledLine("  " + _text["LineHungUp"], Tone.Bad));
        }
        return lines;
    }
}
