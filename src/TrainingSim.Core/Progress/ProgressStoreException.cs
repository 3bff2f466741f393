namespace TrainingSim.Core.Progress;

/// <summary>The progress database cannot be used: locked, unreadable, damaged, or from a newer version.
/// <see cref="Exception.Message"/> is one line for the user: the path, what is wrong, what to do.</summary>
public sealed class ProgressStoreException : Exception
{
    public ProgressStoreException()
    {
    }

    public ProgressStoreException(string message)
        : base(message)
    {
    }

    public ProgressStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
