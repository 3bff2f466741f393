namespace TrainingSim.Core.Progress;

/// <summary>The longest reply a trainee can give, in characters (UTF-16 code units): far above any real
/// answer on a call, and small enough that a pasted file cannot cost memory or matching time. The CLI refuses
/// a longer reply with one line; the text UI's reply box takes no more.</summary>
public static class ReplyLimit
{
    public const int MaxCharacters = 2000;
}
