namespace TrainingSim.Tui.Models;

/// <summary>What a form says went wrong: a resource key and its arguments.</summary>
internal sealed record FormMessage(string Key, params object?[] Args);
