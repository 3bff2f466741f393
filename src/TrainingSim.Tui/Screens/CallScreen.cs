using System.Collections.ObjectModel;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Models;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Screens;

/// <summary>The call: transcript, mood meter, account panel, countdown, and the reply box (or the
/// choices of a choice step). Enter sends; F1 reveals hints in practice mode; on a choice step a digit selects and
/// Enter confirms; PageUp/PageDown scroll the transcript.</summary>
internal sealed class CallScreen : Screen
{
    private const int ChoicePreviewRows = 3;

    /// <summary>The reply box shows this many wrapped rows (a long reply stays in sight).</summary>
    private const int ReplyRows = 3;

    private readonly CallModel _model;
    private readonly UiText _text;
    private readonly Action<CallModel> _finished;
    private readonly TextBlock _transcript;
    private readonly MoodMeter _mood;
    private readonly Label _countdown;
    private readonly FrameView _replyFrame;
    // TextView is marked obsolete in Terminal.Gui 2.5 in favour of tui-cs/Editor's EditorView, which is not served
    // here; it is the toolkit's one wrapping input box.
#pragma warning disable CS0618
    private readonly TextView _reply;
#pragma warning restore CS0618
    private readonly ListView _choices;
    private readonly TextBlock _choicePreview;
    private readonly Label _overLabel;
    private readonly IReadOnlyList<KeyHint> _playing;
    private readonly IReadOnlyList<KeyHint> _choosing;
    private readonly IReadOnlyList<KeyHint> _over;
    private readonly IApplication _app;
    private readonly FrameView _call;
    private readonly string _callTitle;
    private object? _timer;
    private bool _gone;

    public CallScreen(IApplication app, CallModel model, UiText text, Action<CallModel> finished)
    {
        _app = app;
        _model = model;
        _text = text;
        _finished = finished;

        var side = new View { X = Pos.AnchorEnd(30), Y = 0, Width = 30, Height = Dim.Fill(), CanFocus = false };
        var customer = new FrameView { Title = model.Scenario.Customer.Name ?? text["Customer"], X = 0, Y = 0, Width = Dim.Fill(), Height = 4 };
        _mood = new MoodMeter(text) { X = 0, Y = 0, Width = Dim.Fill() };
        _countdown = new Label { X = 0, Y = 1, Width = Dim.Fill(), Height = 1, Text = "" };
        customer.Add(_mood, _countdown);
        var account = new FrameView { Title = text["AccountPanel"], X = 0, Y = 4, Width = Dim.Fill(), Height = Dim.Fill() };
        var info = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        info.SetLines(model.Scenario.Info.Count == 0
            ? [new StyledLine("—")]
            : [.. model.Scenario.Info.Select(kv => new StyledLine($"{kv.Key}: {kv.Value}", Tone.Normal, 2))]);
        account.Add(info);
        side.Add(customer, account);

        var mode = text[model.Mode == PlayMode.Practice ? "ModePractice" : "ModeExam"];
        _callTitle = $"{model.Scenario.Title} · {mode}";
        var call = _call = new FrameView { Title = _callTitle, X = 0, Y = 0, Width = Dim.Fill(30), Height = Dim.Fill(ReplyRows + 2) };
        _transcript = new TextBlock { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), FollowEnd = true };
        call.Add(_transcript);

        _replyFrame = new FrameView { Title = text["ReplyBox"], X = 0, Y = Pos.AnchorEnd(), Width = Dim.Fill(30), Height = ReplyRows + 2 };
#pragma warning disable CS0618
        _reply = new TextView { X = 0, Y = 0, Width = Dim.Fill(), Height = ReplyRows, WordWrap = true, TabKeyAddsTab = false };
#pragma warning restore CS0618
        // Enter sends and PageUp/PageDown scroll the transcript (the screen's commands): the box only wraps what is typed.
        foreach (var key in new[] { Key.Enter, Key.PageUp, Key.PageDown })
            _reply.KeyBindings.Remove(key);
        _reply.TextChanged += (_, _) => LimitReply();
        // A digit selects a choice by its number (not by the list's type-to-search) and Enter confirms it; PageUp and
        // PageDown scroll the transcript. The list keeps the arrows.
        _choices = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, Visible = false, KeystrokeNavigator = null };
        foreach (var key in new[] { Key.PageUp, Key.PageDown })
            _choices.KeyBindings.Remove(key);
        // Long choices are cut in the list at 80 columns: the selected one is shown whole below it.
        _choicePreview = new TextBlock { X = 0, Y = Pos.Bottom(_choices), Width = Dim.Fill(), Height = ChoicePreviewRows, Visible = false };
        _choices.ValueChanged += (_, _) => ShowSelectedChoice();
        _overLabel = new Label { X = 0, Y = 0, Width = Dim.Fill(), Visible = false };
        _replyFrame.Add(_reply, _choices, _choicePreview, _overLabel);
        Add(call, _replyFrame, side);

        Bind(Key.Enter, Command.Accept, Enter);
        if (model.Mode == PlayMode.Practice)
            BindWhen(Key.F1, Command.Context, RevealHints);
        Bind(Key.PageUp, Command.PageUp, () => _transcript.Scroll(-TranscriptPage));
        Bind(Key.PageDown, Command.PageDown, () => _transcript.Scroll(TranscriptPage));
        AddCommand(Command.Toggle, SelectChoice);
        for (var digit = '1'; digit <= '9'; digit++)
            KeyBindings.Add(new Key(digit), Command.Toggle);
        IReadOnlyList<KeyHint> WithHint(string accept) => model.Mode == PlayMode.Practice
            ? [new(Command.Accept, text[accept]), new(Command.Context, text["KeyHint"])]
            : [new(Command.Accept, text[accept])];
        _playing = WithHint("KeySend");
        _choosing = WithHint("KeyConfirm");
        _over = [new(Command.Accept, text["KeyScorecard"])];
        Render();
    }

    internal CallModel Model => _model;

    protected override string ScreenTitle => _text["CallTitle"];

    public override string? LeaveQuestion => _model.IsOver ? null : _text["LeaveCall"];

    public override void Leave() => _model.Abandon();

    private int TranscriptPage => Math.Max(1, _transcript.Viewport.Height - 1);

    public override void Shown()
    {
        FocusInput();
        if (_model.Scenario.ReplySeconds is not null && _timer is null)
            _timer = _app.AddTimeout(TimeSpan.FromSeconds(1), Tick);
    }

    /// <summary>Redraws the countdown (called every second while a limit applies).</summary>
    public void UpdateCountdown()
    {
        if (_model.SecondsLeft is { } left)
        {
            _countdown.Text = left >= 0 ? _text.Format("SecondsLeft", left) : _text.Format("OverTimeBy", -left);
        }
        else
        {
            _countdown.Text = "";
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gone = true;
            if (_timer is not null)
                _app.RemoveTimeout(_timer);
        }
        base.Dispose(disposing);
    }

    private bool Tick()
    {
        if (_gone || _model.IsOver)
        {
            _timer = null;
            return false;
        }
        UpdateCountdown();
        return true;
    }

    private void Enter()
    {
        if (_model.IsOver)
        {
            _finished(_model);
            return;
        }
        if (_model.AwaitsChoice)
        {
            if (_choices.SelectedItem is { } index && index >= 0)
                Choose(index + 1);
            return;
        }
        if (_model.Reply(_reply.Text.ReplaceLineEndings(" ")))
        {
            _reply.Text = "";
            Render();
        }
    }

    /// <summary>A reply is at most <see cref="ReplyLimit.MaxCharacters"/> characters (as in the CLI): more is
    /// cut at once, and the box's title says so.</summary>
    private void LimitReply()
    {
        if (_reply.Text.Length <= ReplyLimit.MaxCharacters)
            return;
        _reply.Text = _reply.Text[..ReplyLimit.MaxCharacters];
        _replyFrame.Title = _text.Format("ReplyTooLong", ReplyLimit.MaxCharacters);
    }

    private void Choose(int number)
    {
        if (_model.Choose(number))
            Render();
    }

    /// <summary>A digit on a choice step selects that choice; Enter confirms it (as the box's title says). Elsewhere the
    /// digit is not the screen's (the reply box types it).</summary>
    private bool? SelectChoice(ICommandContext? context)
    {
        if (!_model.AwaitsChoice || context?.Binding is not KeyBinding { Key: { } key })
            return false;
        var index = key.AsRune.Value - '1';
        if (index >= 0 && index < _model.Choices.Count)
            _choices.SelectedItem = index;
        return true;
    }

    /// <summary>F1 while the call goes on (practice only).</summary>
    private bool RevealHints()
    {
        if (_model.IsOver)
            return false;
        if (_model.RevealHints())
            Render();
        return true;
    }

    private void Render()
    {
        _transcript.SetLines([.. _model.Transcript.Select(TranscriptLine).OfType<StyledLine>()]);
        _mood.Mood = _model.Mood;
        UpdateCountdown();
        var choices = _model.Choices;
        _reply.Visible = !_model.IsOver && choices.Count == 0;
        _choices.Visible = choices.Count > 0;
        _choicePreview.Visible = choices.Count > 0;
        _overLabel.Visible = _model.IsOver;
        if (choices.Count > 0)
        {
            var rows = Math.Min(choices.Count, 5);
            _replyFrame.Title = _text["ChoiceBox"];
            _replyFrame.Height = rows + ChoicePreviewRows + 2;
            _call.Height = Dim.Fill(rows + ChoicePreviewRows + 2);
            _choices.Height = rows;
            _choices.SetSource(new ObservableCollection<string>(choices.Select((c, i) => $"{i + 1}. {c.Text}")));
            _choices.SelectedItem = null;
            ShowSelectedChoice();
        }
        else
        {
            _replyFrame.Title = _model.IsOver ? _text["CallOver"] : _text["ReplyBox"];
            _replyFrame.Height = _model.IsOver ? 3 : ReplyRows + 2;
            _call.Height = Dim.Fill(_model.IsOver ? 3 : ReplyRows + 2);
        }
        var hints = _model.IsOver ? _over : _model.AwaitsChoice ? _choosing : _playing;
        if (!ReferenceEquals(Hints, hints))
            Hints = hints;
        _call.Title = _model.HungUp ? $"{_callTitle} · ✗ {_text.Wording.Names.Outcome(Outcomes.HungUp)}" : _callTitle;
        _overLabel.Text = _model.HungUp ? _text["HungUpPrompt"] : _text["CallOverPrompt"];
        FocusInput();
        SetNeedsLayout();
        SetNeedsDraw();
    }

    private void ShowSelectedChoice()
    {
        var choices = _model.Choices;
        _choicePreview.SetLines(_choices.SelectedItem is { } index && index >= 0 && index < choices.Count
            ? [new StyledLine($"▸ {choices[index].Text}", Tone.Dim, 2)]
            : choices.Count > 0 ? [new StyledLine(_text["ChoicePreviewEmpty"], Tone.Dim)] : []);
    }

    private void FocusInput()
    {
        if (_choices.Visible)
            _choices.SetFocus();
        else if (_reply.Visible)
            _reply.SetFocus();
        else
            SetFocus();
    }

    private StyledLine? TranscriptLine(TranscriptEntry entry) => entry.Kind switch
    {
        EntryKind.Customer => new StyledLine(_text.Format("LineCustomer", entry.Text), Tone.Customer, 2),
        EntryKind.Trainee => new StyledLine(_text.Format("LineTrainee", entry.Text), Tone.Trainee, 2),
        EntryKind.Narrator => new StyledLine(_text.Format("LineNarrator", entry.Text), Tone.Narrator, 2),
        EntryKind.Feedback => _text.Wording.Feedback.Line(entry.Turn!, entry.Line!, FeedbackStyle.Coach) is { } line
            ? new StyledLine(line, FeedbackLines.ToneOf(entry.Line!), 4)
            : null,
        EntryKind.Hint => new StyledLine(_text.Format("LineHint", entry.Text), Tone.Warning, 4),
        EntryKind.HungUp => new StyledLine(_text["LineHungUp"], Tone.Bad),
        EntryKind.Ended => new StyledLine(_text.Format("LineEnded", _text.Wording.Names.Outcome(entry.Text)), Tone.Heading),
        _ => new StyledLine(entry.Text),
    };
}
