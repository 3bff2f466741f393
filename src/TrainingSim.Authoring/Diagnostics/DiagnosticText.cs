using System.Globalization;
using System.Resources;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Diagnostics;

/// <summary>Diagnostic messages in one language (Localization/DiagnosticMessages.resx: English, as the loader writes them;
/// DiagnosticMessages.zh-CN.resx: Chinese), one template per code. Codes, paths and the author's own text stay as they
/// are in every language.</summary>
public sealed class DiagnosticText
{
    private static readonly ResourceManager Resources =
        new("TrainingSim.Authoring.Localization.DiagnosticMessages", typeof(DiagnosticText).Assembly);

    private DiagnosticText(CultureInfo culture) => Culture = culture;

    /// <summary>The loader's own language: what <c>validate</c> and <c>test</c> print unless <c>--lang</c> is given.</summary>
    public static DiagnosticText English { get; } = new(CultureInfo.InvariantCulture);

    public static DiagnosticText For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "zh" ? new DiagnosticText(CultureInfo.GetCultureInfo("zh-CN")) : English;
    }

    public CultureInfo Culture { get; }

    /// <summary>The template of a code (or a fragment key) in this language, else English, else the key.</summary>
    public string this[string key] => Resources.GetString(key, Culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>The diagnostic worded in this language; one made without a template's arguments (or in English) as it is.</summary>
    public Diagnostic Word(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (ReferenceEquals(this, English) || Resources.GetString(diagnostic.Code, Culture) is null)
            return diagnostic;
        var args = diagnostic.Arguments.Select(a => a is Suggestion s ? s.In(this) : a).ToArray();
        return diagnostic with { Message = args.Length == 0 ? this[diagnostic.Code] : Format(diagnostic.Code, args) };
    }

    /// <summary>Every key one culture's own file defines (no fallback), for the completeness test.</summary>
    internal static IReadOnlyList<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set
            ? [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)]
            : [];
}
