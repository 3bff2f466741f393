using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace TrainingSim.Tui.Widgets;

/// <summary>Foreground colours per tone, on the view's own background.</summary>
internal static class Palette
{
    public static Attribute For(Tone tone, Attribute normal) => tone switch
    {
        Tone.Heading => new Attribute(new Color(ColorName16.BrightCyan), normal.Background),
        Tone.Customer => new Attribute(new Color(ColorName16.BrightYellow), normal.Background),
        Tone.Trainee => new Attribute(new Color(ColorName16.BrightGreen), normal.Background),
        Tone.Narrator => new Attribute(new Color(ColorName16.Gray), normal.Background),
        Tone.Good => new Attribute(new Color(ColorName16.Green), normal.Background),
        Tone.Bad => new Attribute(new Color(ColorName16.BrightRed), normal.Background),
        Tone.Warning => new Attribute(new Color(ColorName16.Yellow), normal.Background),
        Tone.Dim => new Attribute(new Color(ColorName16.DarkGray), normal.Background),
        _ => normal,
    };
}
