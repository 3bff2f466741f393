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
        Assert.All([tuning, .. heldOut is null ? Array.Empty<ValidityFigures>() : [heldOut]], Ratchet);
    }

    /// <summary>The figures of docs/scoring.md as a floor for each part — issue 7's targets where they are met, the
    /// measured figure where not (gaming and negated on the held-out part): scoring may get better, never worse.</summary>
    private static void Ratchet(ValidityFigures part)
    {
        var heldOut = part.Part == "heldout";
        Assert.True(part.GoodAtLeast80 >= (heldOut ? 69 : 90), $"{part.Part}: good ≥ 80 is {part.GoodAtLeast80:0}%");
        Assert.True(part.PoorAtMost40 >= 95, $"{part.Part}: poor ≤ 40 is {part.PoorAtMost40:0}%");
        Assert.True(part.GamingAtLeast80 <= (heldOut ? 18 : 4), $"{part.Part}: gaming ≥ 80 is {part.GamingAtLeast80:0}%");
        Assert.True(part.NegatedAtLeast80 <= (heldOut ? 1 : 7), $"{part.Part}: {part.NegatedAtLeast80} negated replies reach 80");
        Assert.True(part.GamingCallsPassed <= (heldOut ? 0 : 3), $"{part.Part}: {part.GamingCallsPassed:0}% of gaming calls pass");
        Assert.True(part.GoodCallsPassed >= (heldOut ? 80 : 91), $"{part.Part}: {part.GoodCallsPassed:0}% of good calls pass");
    }
}
