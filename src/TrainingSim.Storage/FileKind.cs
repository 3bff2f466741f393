using System.Runtime.InteropServices;

namespace TrainingSim.Storage;

/// <summary>What kind of file a path names, without following a symbolic link and without opening it (a FIFO
/// would block). .NET does not tell a device or a FIFO from a regular file, so this asks lstat through the
/// runtime's own native library (libSystem.Native, present in every .NET build, Native AOT included).</summary>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>True for a device, FIFO or socket. False for a regular file, a folder, a link, or no file.</summary>
    public static bool IsSpecial(string path)
    {
        var type = Type(path);
        return type is not null and not Regular and not Directory and not SymbolicLink;
    }

    public static bool IsSymbolicLink(string path) =>
        Type(path) is SymbolicLink || new FileInfo(path).LinkTarget is not null;

    private static int? Type(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
            return File.Exists(path) ? Regular : null;
        try
        {
            return LStat(path, out var status) == 0 ? status.Mode & TypeMask : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return File.Exists(path) ? Regular : null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, out FileStatus status);

    /// <summary>The runtime's FileStatus (pal_io.h): Flags, then Mode; sized well beyond the real struct.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
