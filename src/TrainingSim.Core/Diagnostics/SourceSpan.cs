namespace TrainingSim.Core.Diagnostics;

/// <summary>A place in a source file. Lines and columns are zero-based; printing adds one.</summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None { get; } = new(0, 0, 0, 0);

    public static SourceSpan At(int line, int column) => new(line, column, line, column);
}
