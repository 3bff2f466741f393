namespace TrainingSim.Core.Scenarios;

/// <summary>A phrase of a rubric item, already normalised. <see cref="Source"/> is what the author wrote
/// (for a phrase that came from a bank, the bank's phrase).</summary>
public abstract record Phrase(string Source);

/// <summary>A token sequence that must occur contiguously in the reply's tokens.</summary>
public sealed record TokenPhrase(string Source, IReadOnlyList<PhraseToken> Tokens) : Phrase(Source);

/// <summary>A .NET regular expression matched on the normalised reply.</summary>
public sealed record RegexPhrase(string Source, string Pattern) : Phrase(Source);

/// <summary>A normalised token; a prefix token (author wrote <c>apolog*</c>) matches any token starting with <see cref="Text"/>.</summary>
public readonly record struct PhraseToken(string Text, bool IsPrefix);
