using System.Text.RegularExpressions;

namespace TrainingSim.Core.Text;

/// <summary>How a rubric's <c>/regex/</c> phrase is compiled, in one place for the loader and the matcher.
/// The non-backtracking engine runs in time linear in the reply, so a pattern such as <c>(a+)+$</c> cannot
/// stall scoring and no wall-clock check is needed (which would make results depend on machine load).
/// Patterns it does not support (look-arounds, back-references, atomic groups) fall back to the
/// backtracking engine under <see cref="FallbackTimeout"/>; a time-out there counts as no match.</summary>
public static class RubricRegex
{
    public static readonly TimeSpan FallbackTimeout = TimeSpan.FromSeconds(1);

    private const RegexOptions Options = RegexOptions.CultureInvariant;

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

    /// <summary>True when a valid pattern needs the backtracking engine (look-arounds, back-references, atomic groups):
    /// it then runs under <see cref="FallbackTimeout"/>, and a long reply can cost that much per phrase.</summary>
    public static bool NeedsBacktracking(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options | RegexOptions.NonBacktracking);
            return false;
        }
        catch (NotSupportedException)
        {
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Why a pattern does not compile, or null when it does.</summary>
    public static string? Error(string pattern)
    {
        try
        {
            _ = Create(pattern);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
