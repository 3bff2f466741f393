namespace TrainingSim.Core.Diagnostics;

/// <summary>One author mistake: where it is, how bad, a stable code, and what to do about it.</summary>
public sealed record Diagnostic(string Path, SourceSpan Span, Severity Severity, string Code, string Message)
{
    /// <summary>The compiler-style line: <c>path:line:column: error|warning CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Span.Line + 1}:{Span.Column + 1}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
