using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TrainingSim.Core.Text;

/// <summary>How a rubric's <c>/regex/</c> phrase is compiled, in one place for the loader and the matcher.
/// The non-backtracking engine runs in time linear in the reply, so a pattern such as <c>(a+)+$</c> cannot
/// stall scoring and no wall-clock check is needed (which would make results depend on machine load).
/// Patterns it does not support (look-arounds, back-references, atomic groups) fall back to the
/// backtracking engine, where one reply's searches share <see cref="RegexBudget.PerReply"/> (see <see cref="RegexBudget"/>).</summary>
public static class RubricRegex
{
    public static readonly TimeSpan FallbackTimeout = RegexBudget.PerReply;

    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int MaxShared = 4096;

    private static readonly ConcurrentDictionary<string, (Regex? Regex, string? Error)> Compiled = new(StringComparer.Ordinal);

    /// <summary>Compiles a pattern; throws <see cref="ArgumentException"/> when it is not valid .NET syntax.</summary>
    public static Regex Create(string pattern)
    {
        try
        {
            return new Regex(pattern, Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, Options, FallbackTimeout);
        }
    }

    /// <summary>Why a pattern does not compile (null when it does), and whether it fell back to the backtracking
    /// engine (look-arounds, back-references, atomic groups), from the one shared compilation.</summary>
    public static (string? Error, bool Backtracking) Check(string pattern)
    {
        var compiled = Shared(pattern);
        return (compiled.Error, compiled.Regex is { } regex && !regex.Options.HasFlag(RegexOptions.NonBacktracking));
    }

    /// <summary>The pattern compiled once per process (up to a bound), shared by the loader's check and every matcher
    /// that uses it: building the non-backtracking engine is the dearest part of loading a step. A compiled Regex is
    /// immutable and safe to match from any thread.</summary>
    public static (Regex? Regex, string? Error) Shared(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Compiled.TryGetValue(pattern, out var known))
            return known;
        (Regex?, string?) compiled;
        try
        {
            compiled = (Create(pattern), null);
        }
        catch (ArgumentException ex)
        {
            compiled = (null, ex.Message);
        }

        // The bound keeps hostile libraries small.
        if (Compiled.Count < MaxShared)
            Compiled.TryAdd(pattern, compiled);
        return compiled;
    }
}
