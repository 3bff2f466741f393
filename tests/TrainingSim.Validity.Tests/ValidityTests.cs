using Xunit.Abstractions;

namespace TrainingSim.Validity.Tests;

/// <summary>Issue 7's Targets, measured on the validity corpus against the shipped library. The figures of both parts
/// are printed (and written beside the test assembly); the per-reply detail is written for the tuning part only, so
/// that the held-out part is never tuned on.</summary>
public sealed class ValidityTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_ShippedLibrary_Figures()
    {
        var library = ValidityRunner.ShippedLibrary();
        var tuning = ValidityRunner.Run("tuning", library);
        // VALIDITY_PARTS=tuning while tuning a rubric: the held-out figures stay unseen until the end.
        var tuningOnly = Environment.GetEnvironmentVariable("VALIDITY_PARTS") == "tuning";
        var heldOut = tuningOnly ? null : ValidityRunner.Run("heldout", library);
        var report = tuning.Table() + Environment.NewLine + heldOut?.Table();
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "validity.md"), report);
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "validity-tuning.tsv"),
            tuning.Replies.Select(r => $"{r.Scenario}\t{r.Step}\t{r.Label}\t{r.Score}\t{r.Detail}\t{r.Reply}")
                .Concat(tuning.Calls.Select(c => $"{c.Scenario}\tCALL\t{c.Label}\t{c.Score}\t{c.Stars}★ {c.Outcome}\t{c.Path}")));

        Assert.True(tuning.Replies.Count + (heldOut?.Replies.Count ?? 0) >= 300);
    }
}
