namespace TrainingSim.Cli.Tests.Support;

/// <summary>Whether a text is written in Chinese: it has a CJK unified ideograph in it.</summary>
public static class ChineseText
{
    public static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    public static bool In(string text) => text.Any(IsIdeograph);
}
