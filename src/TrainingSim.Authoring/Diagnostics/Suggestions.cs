namespace TrainingSim.Authoring.Diagnostics;

/// <summary>"Did you mean …?": the nearest candidate by optimal-string-alignment (Damerau–Levenshtein) distance.</summary>
internal static class Suggestions
{
    public const int MaxCandidates = 200;

    /// <summary>The closest candidate within a distance that still reads as a typo, else null.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        // Real scenarios have tens of keys, steps and items; a file with thousands gets no suggestion rather than
        // a quadratic search.
        if (candidates.TryGetNonEnumeratedCount(out var count) && count > MaxCandidates)
            return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = word.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: most candidates need no computation.
            if (Math.Abs(candidate.Length - lower.Length) >= bestDistance)
                continue;
            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(1, Math.Min(word.Length, best?.Length ?? 0) / 3);
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary>"; did you mean `x`?" or, with no close candidate, the list of what is valid here (up to 20).</summary>
    public static Suggestion DidYouMean(string word, IReadOnlyCollection<string> candidates)
    {
        var nearest = Nearest(word, candidates);
        if (nearest is not null)
            return new Suggestion(nearest, []);
        return candidates.Count is > 0 and <= 20 ? new Suggestion(null, [.. candidates]) : Suggestion.None;
    }

    /// <summary>Optimal string alignment distance, with three rolling rows on the stack (no allocation).</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200)
            return Math.Max(a.Length, b.Length);
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
