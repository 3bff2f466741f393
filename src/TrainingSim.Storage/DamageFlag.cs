using LiteDB;

namespace TrainingSim.Storage;

/// <summary>LiteDB's "invalid datafile state" byte in the header page. LiteDB sets it when a clean-up step
/// trips one of its own checks after an I/O error, e.g. a full disk while writing the log (#2821): the
/// committed data is usually intact. This program never trusts the byte alone: a flagged file is read
/// whole (<see cref="Intact"/>), and the flag is cleared only when every document reads and every index
/// agrees with a full scan.</summary>
internal static class DamageFlag
{
    public const int Offset = 191;

    public static bool IsSet(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length <= Offset)
            return false;
        stream.Position = Offset;
        return stream.ReadByte() != 0;
    }

    /// <summary>True when every document of the view reads and maps, and every index agrees with a full scan.</summary>
    public static bool Intact(LiteDatabase database)
    {
        try
        {
            if (new MaintenanceCheck(database, []).Run().Count > 0)
                return false;
            return ProgressDocuments.ReadAll(database).Lost.Count == 0;
        }
        catch (Exception e) when (Unreadable(e))
        {
            return false;
        }
    }

    /// <summary>Clears the byte (the file's lock must be held, and <see cref="Intact"/> must have said so).</summary>
    public static void Clear(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        stream.Position = Offset;
        stream.WriteByte(0);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The exceptions reading a damaged file can raise inside LiteDB (its own, and the plain .NET
    /// ones its readers throw on bytes that make no sense).</summary>
    public static bool Unreadable(Exception e) =>
        e is LiteException or InvalidOperationException or InvalidCastException or IndexOutOfRangeException
            or ArgumentException or FormatException or NullReferenceException or ArithmeticException
            or NotSupportedException or NotImplementedException or IOException or KeyNotFoundException or EndOfStreamException;
}
