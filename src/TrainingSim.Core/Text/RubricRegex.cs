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

    /// <summary>Why a pattern does not compile (null when it does), and whether it fell back to the backtracking
    /// engine (look-arounds, back-references, atomic groups), from one compilation.</summary>
    public static (string? Error, bool Backtracking) Check(string pattern)
    {
        try
        {
            return (null, !Create(pattern).Options.HasFlag(RegexOptions.NonBacktracking));
        }
        catch (ArgumentException ex)
        {
            return (ex.Message, false);
        }
    }
}
