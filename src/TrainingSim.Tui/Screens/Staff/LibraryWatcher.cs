namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Watches the library's folders (or a file's folder) for YAML changes and calls back once a burst
/// of events has settled (an editor's save is several events), on a timer thread: the caller marshals.</summary>
internal sealed class LibraryWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public LibraryWatcher(IEnumerable<string> paths, Action changed)
    {
        _timer = new Timer(_ => changed());
        foreach (var path in paths)
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is null || !Directory.Exists(folder))
                continue;
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = Directory.Exists(path),
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Filters.Add("*.yaml");
            watcher.Filters.Add("*.yml");
            watcher.Changed += (_, _) => Touch();
            watcher.Created += (_, _) => Touch();
            watcher.Deleted += (_, _) => Touch();
            watcher.Renamed += (_, _) => Touch();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _timer.Dispose();
    }

    private void Touch() => _timer.Change(Settle, Timeout.InfiniteTimeSpan);
}
