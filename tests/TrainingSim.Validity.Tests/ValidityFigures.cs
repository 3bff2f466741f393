using System.Globalization;
using System.Text;

namespace TrainingSim.Validity.Tests;

/// <summary>The figures of issue 7's Targets for one part of the corpus.</summary>
public sealed record ValidityFigures
{
    public required string Part { get; init; }
    public required IReadOnlyList<ScoredReply> Replies { get; init; }
    public required IReadOnlyList<PlayedCall> Calls { get; init; }

    private IEnumerable<ScoredReply> Label(string label) => Replies.Where(r => r.Label == label);

    private static double Share(IEnumerable<ScoredReply> replies, Func<int, bool> test)
    {
        var list = replies.ToList();
        return list.Count == 0 ? 0 : 100.0 * list.Count(r => test(r.Score)) / list.Count;
    }

    public double GoodAtLeast80 => Share(Label("good"), s => s >= 80);
    public double GamingAtLeast80 => Share(Label("gaming"), s => s >= 80);
    public double PoorAtMost40 => Share(Label("poor"), s => s <= 40);
    public int NegatedAtLeast80 => Label("negated").Count(r => r.Score >= 80);
    public double GoodCallsPassed => CallShare("good", c => c.Stars >= 1);
    public double GamingCallsPassed => CallShare("gaming", c => c.Stars >= 1);

    private double CallShare(string label, Func<PlayedCall, bool> test)
    {
        var list = Calls.Where(c => c.Label == label).ToList();
        return list.Count == 0 ? 0 : 100.0 * list.Count(test) / list.Count;
    }

    public string Table()
    {
        var t = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        t.AppendLine(ci, $"| {Part} | replies | mean | ≥ 80 | ≤ 40 |");
        t.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var label in (string[])["good", "mediocre", "gaming", "poor", "negated"])
        {
            var list = Label(label).ToList();
            if (list.Count == 0)
                continue;
            t.AppendLine(ci, $"| {label} | {list.Count} | {list.Average(r => r.Score):0} | {Share(list, s => s >= 80):0}% | {Share(list, s => s <= 40):0}% |");
        }

        t.AppendLine();
        t.AppendLine(ci, $"| {Part} calls | calls | mean score | pass (≥ 1 star) | 3 stars | hung up |");
        t.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var label in (string[])["good", "gaming"])
        {
            var list = Calls.Where(c => c.Label == label).ToList();
            if (list.Count == 0)
                continue;
            t.AppendLine(ci, $"| {label} | {list.Count} | {list.Average(c => c.Score):0} | {list.Count(c => c.Stars >= 1)} | {list.Count(c => c.Stars == 3)} | {list.Count(c => c.Outcome == "hung-up")} |");
        }

        return t.ToString();
    }
}

public sealed record ScoredReply(string Scenario, string Step, string Label, string Reply, int Score, string Detail);

public sealed record PlayedCall(string Scenario, string Label, int Score, int Stars, string? Outcome, string Path);
