using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Terminal.Gui.Text;
using TrainingSim.Reports;

namespace TrainingSim.Tui.Tests.Text;

/// <summary>The CLI's tables and the text UI measure with <see cref="DisplayWidth"/>; Terminal.Gui draws with its
/// own measure. They must agree, or a column the CLI pads would sit off by one on screen.</summary>
public sealed class DisplayWidthAgreementTests
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(Generators)])]
    public bool Of_MixedText_AgreesWithTerminalGui(TerminalText text) =>
        DisplayWidth.Of(text.Value) == text.Value.GetColumns();

    [Theory]
    [InlineData("您好世界", 8)]
    [InlineData("❤\uFE0F", 1)] // Terminal.Gui does not widen a text-default emoji for VS16
    [InlineData("😀\uFE0F", 2)]
    [InlineData("e\u0301\u0308", 1)]
    [InlineData("3.2GB", 5)]
    public void Of_Sample_AgreesWithTerminalGui(string text, int columns)
    {
        Assert.Equal(columns, text.GetColumns());
        Assert.Equal(columns, DisplayWidth.Of(text));
    }

    public sealed record TerminalText(string Value)
    {
        public override string ToString() => string.Join(' ', Value.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
    }

    public static class Generators
    {
        private static readonly int[] Emoji = [0x2764, 0x263A, 0x26A0, 0x2705, 0x2B50, 0x1F600, 0x1F44D, 0x1F4F1, 0x1F389];

        private static Gen<string> Runes(int first, int last) => Gen.Choose(first, last).Select(char.ConvertFromUtf32);

        private static readonly Gen<string> Ascii = Runes(0x20, 0x7E);

        private static readonly Gen<string> Cjk = Gen.OneOf(Runes(0x4E00, 0x9FFF), Runes(0xFF01, 0xFF60), Runes(0x3000, 0x303E),
            Runes(0x20000, 0x2A6DF));

        private static readonly Gen<string> EmojiWithVs16 =
            from emoji in Gen.Elements(Emoji)
            from selector in Gen.Elements("\uFE0F", "")
            select char.ConvertFromUtf32(emoji) + selector;

        private static readonly Gen<string> Combining =
            from letter in Ascii
            from marks in Runes(0x300, 0x36F).ListOf()
            select letter + string.Concat(marks.Take(3));

        // One glyph of several code points: a per-code-point sum would count the family as six columns.
        private static readonly Gen<string> ZwjSequence =
            Gen.Elements("\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F3F3\uFE0F\u200D\U0001F308", "\U0001F1E8\U0001F1F3");

        public static Arbitrary<TerminalText> Texts() =>
            Gen.OneOf(Ascii, Cjk, EmojiWithVs16, Combining, ZwjSequence).ListOf()
                .Select(pieces => new TerminalText(string.Concat(pieces))).ToArbitrary();
    }
}
