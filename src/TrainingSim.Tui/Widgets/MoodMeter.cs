using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using TrainingSim.Tui.Localization;
using TrainingSim.Tui.Text;

namespace TrainingSim.Tui.Widgets;

/// <summary>The customer's mood 0..100 as a coloured bar with a word and the number, so it reads
/// without colour: <c>心情 ███████░░░ 平静 62</c>.</summary>
internal sealed class MoodMeter : View
{
    private readonly UiText _text;
    private int _mood;

    public MoodMeter(UiText text)
    {
        _text = text;
        Height = 1;
        CanFocus = false;
    }

    public int Mood
    {
        get => _mood;
        set
        {
            _mood = Math.Clamp(value, 0, 100);
            SetNeedsDraw();
        }
    }

    /// <summary>The mood's word: 0..19 angry, 20..39 upset, 40..59 calm, 60..79 pleased, 80..100 happy.</summary>
    public static string MoodKey(int mood) => mood switch
    {
        < 20 => "MoodAngry",
        < 40 => "MoodUpset",
        < 60 => "MoodCalm",
        < 80 => "MoodPleased",
        _ => "MoodHappy",
    };

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        var label = _text["Mood"] + " ";
        var word = $" {_text[MoodKey(_mood)]} {_mood}";
        var barWidth = Math.Max(3, Viewport.Width - Columns.Width(label) - Columns.Width(word));
        var filled = (int)Math.Round(_mood / 100.0 * barWidth, MidpointRounding.AwayFromZero);
        var tone = _mood switch { < 20 => Tone.Bad, < 40 => Tone.Warning, < 60 => Tone.Normal, _ => Tone.Good };
        SetAttribute(normal);
        AddStr(0, 0, label);
        SetAttribute(Palette.For(tone, normal));
        AddStr(new string('█', filled) + new string('░', barWidth - filled));
        AddStr(word);
        SetAttribute(normal);
        return true;
    }
}
