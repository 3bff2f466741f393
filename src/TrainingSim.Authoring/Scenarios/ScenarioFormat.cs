using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>The scenario format a file is read as (1 or 2), and the gate on the keys only format 2 has.
/// <paramref name="Owner"/> names the file in messages ("this file", "this house rubric …").</summary>
internal sealed record ScenarioFormat(int Number, string Owner, bool ReportFormat2Keys = true)
{
    public static ScenarioFormat One { get; } = new(1, "this file");

    public bool IsTwo => Number == 2;

    /// <summary>True when <paramref name="key"/> is written in <paramref name="view"/> and may be read. In format 1 a
    /// format-2 key is reported at the key (once) and reads as absent.</summary>
    public bool Allows(MappingView view, string key, DiagnosticBag bag)
    {
        var at = view.KeyOf(key);
        if (at is null)
            return false;
        if (IsTwo)
            return true;
        if (ReportFormat2Keys)
            bag.Add(DiagnosticCodes.NeedsFormat2, at.Span, key, Owner);
        return false;
    }
}
