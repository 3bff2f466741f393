using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Review;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Text;
using TrainingSim.Tui.Widgets;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The trainer's review queue: real replies that score below their step's pass mark, grouped by
/// scenario and step (↑ ↓), with the items they miss. F2 accepts the selected reply as a good example of its
/// step, F3 adds a phrase to one of the step's items or to a concept bank, Enter opens the attempt's transcript
/// (where a score can be overridden). After each edit the affected attempts are re-scored and the queue is built
/// again; what happened is shown under it.</summary>
internal sealed class ReviewScreen : StaffScreen
{
    private const int TableHeight = 9;

    private readonly ReviewModel _model;
    private readonly ReviewWording _wording;
    private readonly Action<ReviewModel, int> _addPhrase;
    private readonly Action<Guid> _openTranscript;
    private readonly Action _edited;
    private readonly StaffTableView _table = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = TableHeight };
    private readonly TextBlock _detail = new() { X = 0, Y = TableHeight + 1, Width = Dim.Fill(), Height = Dim.Fill() };

    /// <param name="edited">Called after an accepted reply changed a file (the other staff views load the library again).</param>
    public ReviewScreen(ReviewModel model, StaffText text, Action<ReviewModel, int> addPhrase, Action<Guid> openTranscript, Action edited)
        : base(text)
    {
        _edited = edited;
        _model = model;
        _wording = new ReviewWording(text.Culture);
        _addPhrase = addPhrase;
        _openTranscript = openTranscript;
        _table.SelectionChanged += Render;
        _detail.SetSource(Detail);
        Add(_table, _detail);
        Bind(Key.Enter, Command.Accept, Open, text["StaffKeyTranscript"]);
        if (model.CanEdit)
        {
            Bind(Key.F2, Command.Save, Accept, text["StaffKeyAccept"]);
            Bind(Key.F3, Command.New, () => _addPhrase(_model, _table.Selected), text["StaffKeyAddPhrase"]);
        }

        Fill();
    }

    protected override string ScreenTitle => Strings.Format("StaffReviewTitle", _model.Queue.Replies, _model.Queue.Steps.Count);

    public override void Shown()
    {
        _model.Reload();
        Fill();
        _table.SetFocus();
    }

    private void Fill()
    {
        _table.Visible = _model.Rows.Count > 0;
        _detail.Y = _table.Visible ? TableHeight + 1 : 0;
        _table.SetRows([Strings["StaffColumnScore"], Strings["StaffColumnStep"], Strings["StaffColumnTrainee"], Strings["StaffColumnReply"]],
            [.. _model.Rows.Select(r => (IReadOnlyList<StaffCell>)
            [
                new StaffCell((r.Reply.Accepted ? "✓" : "") + r.Reply.Score.ToString(Strings.Culture), r.Reply.Accepted ? Tone.Good : r.Reply.Score >= r.Step.PassMark - 20 ? Tone.Warning : Tone.Bad),
                new StaffCell(r.Step.StepId),
                new StaffCell(r.Reply.Trainee),
                new StaffCell(r.Reply.Reply, Tone.Trainee),
            ])]);
        Render();
    }

    private void Render() => _detail.SetSource(Detail);

    private List<StyledLine> Detail(int width)
    {
        var lines = new List<StyledLine>();
        if (_model.Rows.Count == 0)
        {
            lines.AddRange(Wrap(_wording.Format("Review.QueueEmpty", StepExamplesMark), Tone.Dim, width));
        }
        else
        {
            var (step, reply) = _model.Rows[Math.Clamp(_table.Selected, 0, _model.Rows.Count - 1)];
            lines.Add(new StyledLine(Columns.Fit(_wording.Format("Review.QueueStep", step.ScenarioTitle, step.ScenarioId, step.StepId, step.PassMark, step.Replies.Count), width), Tone.Heading));
            lines.AddRange(Wrap(_wording.Format("Review.QueueSay", step.Say.Trim()), Tone.Customer, width));
            lines.AddRange(Wrap(Strings.Format("StaffReviewReply", reply.Turn, reply.Trainee, reply.Score, reply.Reply), Tone.Trainee, width));
            if (reply.Accepted)
                lines.Add(new StyledLine("  " + _wording["Review.QueueAccepted"] + " · " + Strings["StaffReviewFixHint"], Tone.Good));
            if (reply.Missed.Count > 0)
                lines.Add(new StyledLine("  " + _wording.Format("Review.QueueReplyMissed", string.Join(", ", reply.Missed)), Tone.Bad));
            if (reply.Others > 0)
                lines.Add(new StyledLine("  " + _wording.Format("Review.QueueReplyOthers", reply.Others), Tone.Dim));
        }

        if (_model.Last is { } last)
        {
            lines.Add(StyledLine.Blank);
            if (!last.Written)
                lines.AddRange(Wrap("✗ " + _wording.Problem(last), Tone.Bad, width));
            else
                lines.AddRange(_wording.Written(last with { Path = Path.GetFileName(last.Path) }, _model.LastWhat)
                    .SelectMany((l, i) => Wrap((i == 0 ? "✓ " : "") + l.TrimStart(), i == 0 ? Tone.Good : Tone.Normal, width)));
        }

        return lines;
    }

    private static int StepExamplesMark => Core.Scenarios.StepExamples.DefaultGoodAtLeast;

    private static IEnumerable<StyledLine> Wrap(string text, Tone tone, int width) =>
        Columns.Wrap(text, Math.Max(10, width - 1)).Select(l => new StyledLine(l, tone));

    private void Accept()
    {
        if (_model.Rows.Count == 0)
            return;
        if (_model.Accept(_table.Selected) is { Written: true })
            _edited();
        Fill();
    }

    private void Open()
    {
        if (_model.Rows.Count > 0)
            _openTranscript(_model.Rows[_table.Selected].Reply.AttemptId);
    }
}
