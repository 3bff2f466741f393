namespace TrainingSim.Core.Diagnostics;

/// <summary>One author mistake: where it is, how bad, a stable code, and what to do about it.</summary>
public sealed record Diagnostic(string Path, SourceSpan Span, Severity Severity, string Code, string Message)
{
    /// <summary>The values the message was made of, so that it can be worded again in another language
    /// (TrainingSim.Authoring's <c>DiagnosticText</c>). Not part of equality: the message already says them.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];

    /// <summary>The compiler-style line: <c>path:line:column: error|warning|note CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Span.Line + 1}:{Span.Column + 1}: {SeverityName} {Code}: {Message}";

    /// <summary><c>error</c>, <c>warning</c> or <c>note</c>, as printed and in JSON.</summary>
    public string SeverityName => Severity switch
    {
        Severity.Error => "error",
        Severity.Note => "note",
        _ => "warning",
    };

    public bool Equals(Diagnostic? other) =>
        other is not null && Path == other.Path && Span == other.Span && Severity == other.Severity && Code == other.Code
        && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Path, Span, Severity, Code, Message);
}
