using System.Text.RegularExpressions;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Core.Testing.Exploration;

/// <summary>Finds the rubric regex a reply makes time out. Scoring counts a time-out as no match and says nothing, so
/// the explorer asks again: only patterns the non-backtracking engine cannot take run under a time-out
/// (<see cref="RubricRegex"/>), and only those are tried.</summary>
internal static class RegexTimeoutProbe
{
    /// <summary>The first pattern of the step's rubric (items and their <c>unless</c>) that times out on the reply, or null.</summary>
    public static string? TimedOut(FreeTextStep step, string reply)
    {
        var patterns = step.Rubric
            .SelectMany(item => item.Phrases.Concat(item.Unless))
            .OfType<RegexPhrase>()
            .Select(phrase => phrase.Pattern)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (patterns.Count == 0)
            return null;
        var text = Tokenizer.Normalize(reply);
        foreach (var pattern in patterns)
        {
            Regex regex;
            try
            {
                regex = RubricRegex.Create(pattern);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if ((regex.Options & RegexOptions.NonBacktracking) != 0)
                continue;
            try
            {
                _ = regex.Count(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return pattern;
            }
        }

        return null;
    }
}
