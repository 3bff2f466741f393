namespace TrainingSim.Core.Diagnostics;

/// <summary>One author mistake: where it is, how bad, a stable code, and what to do about it.</summary>
public sealed record Diagnostic(string Path, SourceSpan Span, Severity Severity, string Code, string Message)
{
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
}
