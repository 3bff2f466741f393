using System.Globalization;
using TrainingSim.Core.Content;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Review;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Security;
using TrainingSim.Interchange.Sync;
using TrainingSim.Tui.Models.Staff;

namespace TrainingSim.Tui;

/// <summary>Everything the text UI needs from its host (the command line).</summary>
public sealed record TuiOptions
{
    /// <summary>The loaded, valid scenarios of the library.</summary>
    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    /// <summary>Skills' display names.</summary>
    public TrainingContent Content { get; init; } = new();

    public required IProgressStore Store { get; init; }

    /// <summary>Opens the progress database again after it failed (a retry needs a fresh store); null when the
    /// same store is simply tried again.</summary>
    public Func<IProgressStore>? ReopenStore { get; init; }

    /// <summary>Interface language: zh-CN (default) or en.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Shown in the status line.</summary>
    public string DatabasePath { get; init; } = "";

    /// <summary>Shuffles the choices of each choice step, anew for each attempt (tests pass a seeded one).</summary>
    public Random ChoiceShuffle { get; init; } = Random.Shared;

    /// <summary>Clock for attempt times, reply timing and "3 小时前".</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Trainer and team-lead passphrases and lockout state (the progress database's, so a lockout
    /// survives a restart). The in-memory default forgets them when the program ends.</summary>
    public IRoleStore Roles { get; init; } = new InMemoryRoleStore();

    /// <summary>Trainees' PINs and whether they are required (the progress database's). The in-memory default
    /// requires PINs and forgets them when the program ends.</summary>
    public IPinStore Pins { get; init; } = new InMemoryPinStore();

    /// <summary>Course assignments and exam retries (the progress database's). The in-memory default forgets them.</summary>
    public ICourseStore Courses { get; init; } = new InMemoryCourseStore();

    /// <summary>The library's course plans (<c>content/courses/</c>) that load without errors.</summary>
    public IReadOnlyList<CoursePlan> Plans { get; init; } = [];

    /// <summary>Every scenario file with its diagnostics, for the trainers' library browser.</summary>
    public IReadOnlyList<StaffLibraryFile> LibraryFiles { get; init; } = [];

    /// <summary>Loads the library again (the browser calls it when a file changes); null when it cannot.</summary>
    public Func<StaffLibrary>? ReloadLibrary { get; init; }

    /// <summary>The trainer's review loop on the library's files and this database (accepting replies, adding
    /// phrases, re-scoring); null: the review queue is read-only.</summary>
    public IReviewActions? Review { get; init; }

    /// <summary>Where staff overrides of a score are stored; null: no overrides from the transcript.</summary>
    public IReviewStore? ReviewStore { get; init; }

    /// <summary>Scenario files and folders to watch for changes.</summary>
    public IReadOnlyList<string> WatchPaths { get; init; } = [];

    /// <summary>The LRS this machine syncs with (what <c>sync</c> remembered); null: no background sync, and the
    /// status bar says nothing of it. Syncing needs a store with an outbox (the LiteDB store).</summary>
    public LrsEndpoint? Lrs { get; init; }

    /// <summary>How long after a sync that left something waiting (or found the LRS unreachable) the next one runs.</summary>
    public TimeSpan SyncEvery { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one request to the LRS may take before the LRS counts as unreachable.</summary>
    public TimeSpan SyncTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
