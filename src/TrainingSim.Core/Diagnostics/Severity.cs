namespace TrainingSim.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
