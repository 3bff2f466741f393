using TrainingSim.Core.Feedback;

namespace TrainingSim.Tui.Models;

/// <summary>One line of the call's transcript, by meaning; the view words and colours it.</summary>
/// <param name="Text">The line's own text (a customer's line, a reply, a hint, an outcome id).</param>
/// <param name="Turn">For a feedback line: the turn's feedback its <paramref name="Line"/> belongs to.</param>
internal sealed record TranscriptEntry(EntryKind Kind, string Text, TurnFeedback? Turn = null, FeedbackLine? Line = null);
