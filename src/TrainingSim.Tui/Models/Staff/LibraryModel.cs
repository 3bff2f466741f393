namespace TrainingSim.Tui.Models.Staff;

/// <summary>The library browser's state: every file (those with errors first, then with warnings), each
/// followed by its diagnostics, reloaded on request
/// (the screen asks when a file changes on disk).</summary>
internal sealed class LibraryModel
{
    private readonly Func<StaffLibrary> _load;

    public LibraryModel(StaffLibrary initial, Func<StaffLibrary>? load)
    {
        _load = load ?? (() => initial);
        CanReload = load is not null;
        Library = initial;
        Rows = Flatten(initial);
    }

    public bool CanReload { get; }

    public StaffLibrary Library { get; private set; }

    public IReadOnlyList<LibraryRow> Rows { get; private set; }

    /// <summary>How many times the library was loaded again.</summary>
    public int Reloads { get; private set; }

    /// <summary>Reads the library from disk again (off the UI thread; <see cref="Show"/> then shows it).</summary>
    public StaffLibrary Load() => _load();

    public void Show(StaffLibrary library)
    {
        Library = library;
        Rows = Flatten(Library);
        Reloads++;
    }

    /// <summary>The editor command for a row: <c>EDITOR +LINE file</c> (line 1-based; a file row opens at line 1).</summary>
    public static IReadOnlyList<string> EditorArguments(string editor, LibraryRow row)
    {
        var line = (row.Diagnostic?.Span.Line ?? 0) + 1;
        return [.. editor.Split(' ', StringSplitOptions.RemoveEmptyEntries), $"+{line}", row.File.Path];
    }

    private static List<LibraryRow> Flatten(StaffLibrary library) =>
        [.. library.Files.OrderBy(f => f.Errors > 0 ? 0 : f.Warnings > 0 ? 1 : 2).ThenBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => f.Diagnostics.Select(d => new LibraryRow(f, d)).Prepend(new LibraryRow(f, null)))];
}
