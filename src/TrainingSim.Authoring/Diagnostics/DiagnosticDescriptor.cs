using System.Globalization;
using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Authoring.Diagnostics;

/// <summary>One kind of author mistake: a stable code, its severity, a short title and the message template.
/// Every code is defined once, in <see cref="DiagnosticCodes"/>, and documented once, in docs/diagnostics.md.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string MessageFormat)
{
    public Diagnostic Create(string path, SourceSpan span, params object?[] args) =>
        new(path, span, Severity, Code, args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args));
}
