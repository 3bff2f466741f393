using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Content;
using TrainingSim.Core.Scenarios;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Fixing the rubric from a reply in the review queue: pick where the phrase goes (↑ ↓) — one of the
/// step's own items (the ones the reply missed first, marked ✗) or one of the language's concept banks — type the
/// phrase and press Enter. The file is edited, checked and re-scored as <c>review add-phrase</c> does; the review
/// queue then shows what happened.</summary>
internal sealed class AddPhraseScreen : StaffScreen
{
    private readonly ReviewModel _model;
    private readonly int _row;
    private readonly Action _done;
    private readonly List<(bool Concept, string Id)> _targets = [];
    private readonly StaffTableView _table = new() { X = 0, Y = 3, Width = Dim.Fill(), Height = 12 };
    private readonly TextField _phrase = new() { X = 2, Y = 17, Width = Dim.Fill() };

    public AddPhraseScreen(ReviewModel model, int row, TrainingContent content, StaffText text, Action done)
        : base(text)
    {
        _model = model;
        _row = row;
        _done = done;
        var (step, reply) = model.Rows[row];
        var scenario = model.ScenarioOf(step);
        var items = (scenario?.Steps.GetValueOrDefault(step.StepId) as FreeTextStep)?.Rubric
            .Where(i => !i.IsPenalty && !i.FromHouseRubric && i.MaxTokens is null).ToList() ?? [];
        var rows = new List<IReadOnlyList<StaffCell>>();
        foreach (var item in items.OrderBy(i => reply.Missed.Contains(i.Id) ? 0 : 1))
        {
            _targets.Add((false, item.Id));
            var missed = reply.Missed.Contains(item.Id);
            rows.Add([new StaffCell(missed ? "✗ " + item.Id : "  " + item.Id, missed ? Tone.Bad : Tone.Normal),
                new StaffCell(item.Hint ?? "", Tone.Dim)]);
        }

        if (scenario is { Format: 2 } && content.Concepts.TryGetValue(scenario.Language, out var banks))
        {
            foreach (var bank in banks.Keys.Order(StringComparer.Ordinal))
            {
                _targets.Add((true, bank));
                rows.Add([new StaffCell("  @" + bank), new StaffCell(text["StaffPhraseConcept"], Tone.Dim)]);
            }
        }

        _table.SetRows([text["StaffColumnItem"], text["StaffColumnWhat"]], rows);
        Add(
            new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = text.Format("StaffPhraseFor", step.ScenarioId, step.StepId) },
            new Label { X = 0, Y = 1, Width = Dim.Fill(), Text = "「" + reply.Reply + "」" },
            _table,
            new Label { X = 0, Y = 16, Width = Dim.Fill(), Text = text["StaffPhraseLabel"] },
            new Label { X = 0, Y = 17, Text = "›" },
            _phrase);
        Bind(Key.Enter, Command.Accept, Submit, text["StaffKeyAddPhrase"]);
        // The arrows pick the target while the phrase is typed.
        Bind(Key.CursorUp, Command.Up, () => _table.Select(_table.Selected - 1));
        Bind(Key.CursorDown, Command.Down, () => _table.Select(_table.Selected + 1));
    }

    protected override string ScreenTitle => Strings["StaffPhraseTitle"];

    public override void Shown() => _phrase.SetFocus();

    private void Submit()
    {
        if (_targets.Count == 0 || _phrase.Text.Trim().Length == 0)
            return;
        var (concept, id) = _targets[_table.Selected];
        if (concept)
            _model.AddConceptPhrase(_row, id, _phrase.Text);
        else
            _model.AddPhrase(_row, id, _phrase.Text);
        _done();
    }
}
