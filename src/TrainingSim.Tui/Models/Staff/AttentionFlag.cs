namespace TrainingSim.Tui.Models.Staff;

/// <summary>Why a trainee needs the lead's attention: a resource key and its arguments.</summary>
internal sealed record AttentionFlag(string Key, params object?[] Args);
