using TrainingSim.Core.Feedback;
using TrainingSim.Wording;

namespace TrainingSim.Tui.Widgets;

/// <summary>A turn's feedback as styled lines: the wording layer's text, coloured by what the line means.</summary>
internal static class FeedbackLines
{
    public static Tone ToneOf(FeedbackLine line) => line.Sentiment switch
    {
        FeedbackSentiment.Good => Tone.Good,
        FeedbackSentiment.Bad => Tone.Bad,
        _ => Tone.Warning,
    };

    /// <summary>Every line the style says, each after <paramref name="prefix"/> and wrapped at <paramref name="indent"/>.</summary>
    public static IEnumerable<StyledLine> Of(InterfaceWording wording, TurnFeedback feedback, FeedbackStyle style, string prefix, int indent) =>
        wording.Feedback.Lines(feedback, style).Select(l => new StyledLine(prefix + l.Text, ToneOf(l.Line), indent));
}
