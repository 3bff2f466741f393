using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TrainingSim.Core.Text;

/// <summary>One reply's time for the rubric regexes that need the backtracking engine: <see cref="PerReply"/> in
/// all, shared by every such pattern of the step in the order they are searched. A pattern that finds the budget
/// spent, or runs out of it, counts as not found and is listed in <see cref="TimedOut"/>, so the turn's feedback
/// can say so. Non-backtracking patterns run in time linear in the reply and take nothing from the budget.</summary>
internal sealed class RegexBudget
{
    public static readonly TimeSpan PerReply = TimeSpan.FromMilliseconds(100);

    private readonly long _started = Stopwatch.GetTimestamp();
    private List<int>? _timedOut;

    /// <summary>The indexes (as passed to <see cref="Matches"/>) of the patterns that ran out of time.</summary>
    public IReadOnlyList<int> TimedOut => _timedOut ?? (IReadOnlyList<int>)[];

    /// <summary>Every match of <paramref name="regex"/> in <paramref name="text"/> as (index, length), or null when
    /// the pattern ran out of time (then nothing it found counts).</summary>
    public List<(int Index, int Length)>? Matches(int index, Regex regex, string text)
    {
        var found = new List<(int Index, int Length)>();
        if (regex.Options.HasFlag(RegexOptions.NonBacktracking))
        {
            foreach (var match in regex.EnumerateMatches(text))
                found.Add((match.Index, match.Length));
            return found;
        }

        var left = PerReply - Stopwatch.GetElapsedTime(_started);
        if (left <= TimeSpan.Zero)
            return Spent(index);
        try
        {
            // The static call takes a time-out per call; the pattern is already known to compile.
            foreach (var match in Regex.EnumerateMatches(text, regex.ToString(), regex.Options, left))
                found.Add((match.Index, match.Length));
            return found;
        }
        catch (RegexMatchTimeoutException)
        {
            return Spent(index);
        }
    }

    private List<(int Index, int Length)>? Spent(int index)
    {
        (_timedOut ??= []).Add(index);
        return null;
    }
}
