using TrainingSim.Core.Progress;

namespace TrainingSim.Tui.Models;

/// <summary>How a scenario opens: in which mode, and whether the trainee may switch it (a plan's exam may not).</summary>
internal sealed record PlayChoice(PlayMode Mode, bool ModeFixed);
