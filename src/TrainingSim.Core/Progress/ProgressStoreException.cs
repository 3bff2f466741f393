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

    /// <param name="writeFailed">See <see cref="WriteFailed"/>.</param>
    public ProgressStoreException(string message, bool writeFailed, Exception? innerException = null)
        : base(message, innerException)
    {
        WriteFailed = writeFailed;
    }

    /// <summary>A write (or the wait for the file) failed: what was asked was not stored, and the message says
    /// so. Commands report this as a problem (exit 1), not as bad usage.</summary>
    public bool WriteFailed { get; }
}
