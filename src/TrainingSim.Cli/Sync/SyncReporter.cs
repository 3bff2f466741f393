using System.Diagnostics;
using TrainingSim.Interchange.Sync;

namespace TrainingSim.Cli.Sync;

/// <summary>How <c>sync</c> reports as it goes: one line per refused statement or pull problem on standard error,
/// and a progress bar there too, redrawn at most ten times a second, when standard error is a terminal.</summary>
internal sealed class SyncReporter(CliContext context) : ISyncObserver
{
    private const int BarWidth = 30;
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private bool _barShown;

    public void Progress(SyncPhase phase, long done, long total)
    {
        if (!context.Environment.ErrorIsTerminal || (_barShown && _sinceDrawn.ElapsedMilliseconds < 100 && done != total))
            return;
        var label = context.Text[phase == SyncPhase.Push ? "SyncProgressPush" : "SyncProgressPull"];
        var bar = total > 0
            ? $"[{new string('#', (int)(BarWidth * done / total)).PadRight(BarWidth, '.')}] {done}/{total}"
            : $"{done}";
        context.Error.Write($"\r{label} {bar}   ");
        context.Error.Flush();
        _barShown = true;
        _sinceDrawn.Restart();
    }

    public void Refused(OutboxEntry entry, LrsAnswer answer)
    {
        ClearBar();
        var part = entry.Turn is { } turn
            ? context.Text.Format("SyncTurn", turn + 1)
            : context.Text.Format("SyncAttemptPart", Interchange.Export.XapiVocabulary.VerbName(entry.Verb));
        var key = answer.Kind == LrsAnswerKind.Conflict ? "SyncConflict" : "SyncRefused";
        context.Error.WriteLine($"trainingsim: {context.Text.Format(key, entry.Trainee, entry.ScenarioId, part, entry.StatementId, answer.Reason)}");
    }

    public void PullProblem(string problem)
    {
        ClearBar();
        context.Error.WriteLine($"trainingsim: {context.Text.Format("SyncPullProblem", problem)}");
    }

    public void Retrying(LrsAnswer answer, TimeSpan wait)
    {
        ClearBar();
        context.Error.WriteLine($"trainingsim: {context.Text.Format("SyncRetrying", answer.Reason, wait.TotalSeconds)}");
    }

    /// <summary>Removes the bar, so the next line starts clean.</summary>
    public void ClearBar()
    {
        if (!_barShown)
            return;
        context.Error.Write("\r" + new string(' ', BarWidth + 40) + "\r");
        context.Error.Flush();
        _barShown = false;
    }
}
