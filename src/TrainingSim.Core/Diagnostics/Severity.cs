namespace TrainingSim.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
    /// <summary>Information (validate's format notes): never counted as an error or a warning.</summary>
    Note,
}
