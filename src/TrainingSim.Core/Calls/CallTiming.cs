namespace TrainingSim.Core.Calls;

/// <summary>Whether a call measures how long each answer took (for <c>reply_seconds</c>).</summary>
public enum CallTiming
{
    /// <summary>Answers carry no time (replies from a file, a scenario's own tests): never over time.</summary>
    Untimed,
    /// <summary>Each answer is timed from the moment its step was entered, on the session's clock.</summary>
    Timed,
}
