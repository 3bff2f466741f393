using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TrainingSim.Authoring.Yaml;

/// <summary>Reads untrusted bytes into a <see cref="YamlNode"/> tree with YamlDotNet's event parser, refusing what
/// could hurt: files over 1 MiB, binary or non-UTF-8 bytes, anchors and aliases (no expansion, so no "billion
/// laughs"), nesting deeper than <see cref="MaxDepth"/>, tags, more than one document. The first problem ends the
/// reading with one diagnostic.</summary>
internal static partial class SafeYamlReader
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxDepth = 64;

    private const string StringTag = "tag:yaml.org,2002:str";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlReadResult Read(ReadOnlySpan<byte> bytes, string path)
    {
        var bag = new DiagnosticBag(path);
        var text = Decode(bytes, bag);
        if (text is null)
            return new YamlReadResult(null, bag.ToSortedList());
        var root = Parse(text, bag);
        return new YamlReadResult(bag.HasErrors ? null : root, bag.ToSortedList());
    }

    /// <summary>The text of the bytes, or null after reporting why they are not a UTF-8 text file within the limits.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag bag)
    {
        if (bytes.Length > MaxBytes)
        {
            bag.Add(DiagnosticCodes.FileTooLarge, SourceSpan.None, bytes.Length);
            return null;
        }

        if (bytes.Length == 0)
        {
            bag.Add(DiagnosticCodes.EmptyFile, SourceSpan.None);
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
            bag.Add(DiagnosticCodes.BinaryFile, SourceSpan.None, nul, utf16 ? "; it looks like UTF-16: save it as UTF-8" : "");
            return null;
        }

        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        bytes = bytes[bom..];

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var chars = new char[bytes.Length];
            Utf8.ToUtf16(bytes, chars, out var validBytes, out var validChars, replaceInvalidSequences: false);
            var prefix = chars.AsSpan(0, validChars);
            var line = prefix.Count('\n');
            var column = prefix.Length - (prefix.LastIndexOf('\n') + 1);
            bag.Add(DiagnosticCodes.NotUtf8, SourceSpan.At(line, column), bom + validBytes);
            return null;
        }
    }

    private static YamlNode? Parse(string text, DiagnosticBag bag)
    {
        var lineLengths = LineLengths(text);
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlScalar?>();
        YamlNode? root = null;
        var documents = 0;
        var last = SourceSpan.None;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = ToSpan(current.Start, current.End, lineLengths);
                switch (current)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            bag.Add(DiagnosticCodes.MultipleDocuments, last);
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        bag.Add(DiagnosticCodes.AnchorOrAlias, last, "alias", "*" + alias.Value.Value);
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        bag.Add(DiagnosticCodes.AnchorOrAlias, last, "anchor", "&" + node.Anchor.Value);
                        return null;
                    case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific && node.Tag.Value != StringTag:
                        bag.Add(DiagnosticCodes.UnsupportedTag, last, node.Tag.Value);
                        return null;
                    case Scalar scalar:
                        if (!Add(MakeScalar(scalar, last)))
                            return null;
                        break;
                    case SequenceStart or MappingStart:
                        if (stack.Count >= MaxDepth)
                        {
                            bag.Add(DiagnosticCodes.NestedTooDeeply, last, MaxDepth);
                            return null;
                        }

                        stack.Push(current is SequenceStart ? new YamlSequence(last) : new YamlMapping(last));
                        pendingKeys.Push(null);
                        break;
                    case SequenceEnd or MappingEnd:
                        var done = stack.Pop();
                        pendingKeys.Pop();
                        done.Span = done.Span with { EndLine = last.EndLine, EndColumn = last.EndColumn };
                        if (!Add(done))
                            return null;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            var (message, span) = YamlErrorHints.Explain(CleanMessage(ex.Message), ToSpan(ex.Start, ex.End, lineLengths), text);
            bag.Add(DiagnosticCodes.YamlSyntax, span, message);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections (an unclosed `[` running into
            // the next lines); it is still the author's input problem, never a crash.
            _ = ex;
            bag.Add(DiagnosticCodes.YamlSyntax, last, "cannot read the YAML after this point: look for an unclosed `[`, `{` or quote");
            return null;
        }

        if (root is null || root is YamlScalar { IsNull: true })
        {
            bag.Add(DiagnosticCodes.EmptyFile, SourceSpan.None);
            return null;
        }

        return root;

        bool Add(YamlNode node)
        {
            if (stack.Count == 0)
            {
                root = node;
                return true;
            }

            switch (stack.Peek())
            {
                case YamlSequence sequence:
                    sequence.Items.Add(node);
                    return true;
                case YamlMapping mapping:
                    var key = pendingKeys.Pop();
                    if (key is null)
                    {
                        if (node is not YamlScalar scalarKey)
                        {
                            bag.Add(DiagnosticCodes.ComplexKey, node.Span, node is YamlSequence ? "list" : "mapping");
                            return false;
                        }

                        pendingKeys.Push(scalarKey);
                    }
                    else
                    {
                        mapping.Entries.Add(new(key, node));
                        pendingKeys.Push(null);
                    }

                    return true;
                default:
                    return false;
            }
        }
    }

    private static int[] LineLengths(string text)
    {
        var lengths = new List<int>();
        var start = 0;
        int next;
        while ((next = text.IndexOf('\n', start)) >= 0)
        {
            lengths.Add(next - start);
            start = next + 1;
        }

        lengths.Add(text.Length - start);
        return [.. lengths];
    }

    private static YamlScalar MakeScalar(Scalar scalar, SourceSpan span)
    {
        var singleLine = span.Line == span.EndLine;
        var offset = scalar.Style switch
        {
            ScalarStyle.Plain or ScalarStyle.Any when singleLine => 0,
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when singleLine => 1,
            _ => -1,
        };
        return new YamlScalar(span, scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, offset);
    }

    /// <summary>YamlDotNet's one-based marks as a zero-based span, kept inside the text: at the end of the input the
    /// parser may point one line or column past it, and it also counts U+0085/U+2028 as line breaks.</summary>
    private static SourceSpan ToSpan(Mark start, Mark end, int[] lineLengths)
    {
        var (line, column) = Clamp(start.Line - 1, start.Column - 1, lineLengths);
        var (endLine, endColumn) = Clamp(end.Line - 1, end.Column - 1, lineLengths);
        if (endLine < line || (endLine == line && endColumn < column))
            (endLine, endColumn) = (line, column);
        return new SourceSpan(line, column, endLine, endColumn);
    }

    private static (int Line, int Column) Clamp(long line, long column, int[] lineLengths)
    {
        var l = (int)Math.Clamp(line, 0, lineLengths.Length - 1);
        var c = (int)Math.Clamp(column, 0, lineLengths[l]);
        return (l, c);
    }

    private static string CleanMessage(string message) => LocationPrefix().Replace(message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
