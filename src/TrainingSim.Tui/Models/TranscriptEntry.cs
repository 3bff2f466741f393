namespace TrainingSim.Tui.Models;

/// <summary>One line of the call's transcript, by meaning; the view words and colours it.</summary>
/// <param name="Text">The line's own text (a customer's line, a reply, a hint, an item's evidence).</param>
/// <param name="Detail">For feedback lines: the skill's display name; for points, the points.</param>
internal sealed record TranscriptEntry(EntryKind Kind, string Text, string? Detail = null, int Points = 0);
