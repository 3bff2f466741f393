using System.Globalization;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring.Scenarios;

/// <summary>Parses a branch condition: item ids, <c>mood</c>/<c>score</c> compared with an int
/// (<c>&lt; &lt;= &gt; &gt;= ==</c>), <c>not</c>, <c>and</c>, <c>or</c> and parentheses.
/// <c>not</c> binds tightest, then <c>and</c>, then <c>or</c>.</summary>
internal sealed class ConditionParser
{
    private readonly string _text;
    private readonly List<(string Text, int Start)> _tokens = [];
    private readonly List<ConditionItemReference> _items = [];
    private int _position;

    private ConditionParser(string text) => _text = text;

    public static ConditionParseResult Parse(string text)
    {
        var parser = new ConditionParser(text);
        try
        {
            parser.Lex();
            if (parser._tokens.Count == 0)
                throw new ConditionSyntaxException("the condition is empty", 0, text.Length);
            var condition = parser.ParseOr();
            if (parser._position < parser._tokens.Count)
            {
                var (token, start) = parser._tokens[parser._position];
                throw new ConditionSyntaxException($"unexpected `{token}`", start, start + token.Length);
            }

            return new ConditionParseResult(condition, null, 0, 0, parser._items);
        }
        catch (ConditionSyntaxException ex)
        {
            return new ConditionParseResult(null, ex.Message, ex.Start, ex.End, parser._items);
        }
    }

    private void Lex()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                _tokens.Add((c.ToString(), i));
                i++;
            }
            else if (c is '<' or '>' or '=')
            {
                var length = i + 1 < _text.Length && _text[i + 1] == '=' ? 2 : 1;
                var op = _text.Substring(i, length);
                if (op == "=")
                    throw new ConditionSyntaxException("`=` is not an operator: write `==`", i, i + 1);
                _tokens.Add((op, i));
                i += length;
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < _text.Length && IsWordChar(_text[i]))
                    i++;
                _tokens.Add((_text[start..i], start));
            }
            else
            {
                throw new ConditionSyntaxException($"unexpected character `{c}`", i, i + 1);
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private Condition ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
            left = new Or(left, ParseAnd());
        return left;
    }

    private Condition ParseAnd()
    {
        var left = ParseNot();
        while (Accept("and"))
            left = new And(left, ParseNot());
        return left;
    }

    private Condition ParseNot() => Accept("not") ? new Not(ParseNot()) : ParsePrimary();

    private Condition ParsePrimary()
    {
        if (_position >= _tokens.Count)
            throw new ConditionSyntaxException("the condition ends too early", _text.Length, _text.Length);
        var (token, start) = _tokens[_position++];
        switch (token)
        {
            case "(":
                var inner = ParseOr();
                if (!Accept(")"))
                    throw Expected("`)`");
                return inner;
            case "mood" or "score":
                return ParseComparison(token == "mood" ? ComparisonSubject.Mood : ComparisonSubject.Score, token);
            case "and" or "or" or ")" or "<" or "<=" or ">" or ">=" or "==":
                throw new ConditionSyntaxException($"expected an item id, `mood`, `score`, `not` or `(`, found `{token}`", start, start + token.Length);
            default:
                if (char.IsAsciiDigit(token[0]) && token.All(char.IsAsciiDigit))
                    throw new ConditionSyntaxException($"a number must follow `mood` or `score` and a comparison: `{token}` alone is not a condition", start, start + token.Length);
                _items.Add(new ConditionItemReference(token, start, start + token.Length));
                return new ItemMatched(token);
        }
    }

    private Comparison ParseComparison(ComparisonSubject subject, string name)
    {
        if (_position >= _tokens.Count)
            throw Expected($"a comparison (`<`, `<=`, `>`, `>=`, `==`) after `{name}`");
        var op = _tokens[_position].Text switch
        {
            "<" => ComparisonOperator.Less,
            "<=" => ComparisonOperator.LessOrEqual,
            ">" => ComparisonOperator.Greater,
            ">=" => ComparisonOperator.GreaterOrEqual,
            "==" => ComparisonOperator.Equal,
            _ => throw Expected($"a comparison (`<`, `<=`, `>`, `>=`, `==`) after `{name}`"),
        };
        _position++;
        if (_position >= _tokens.Count)
            throw Expected("a whole number");
        var (value, start) = _tokens[_position];
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            throw Expected("a whole number");
        _position++;
        _ = start;
        return new Comparison(subject, op, number);
    }

    private bool Accept(string token)
    {
        if (_position < _tokens.Count && _tokens[_position].Text == token)
        {
            _position++;
            return true;
        }

        return false;
    }

    private ConditionSyntaxException Expected(string what)
    {
        if (_position >= _tokens.Count)
            return new ConditionSyntaxException($"expected {what} at the end", _text.Length, _text.Length);
        var (token, start) = _tokens[_position];
        return new ConditionSyntaxException($"expected {what}, found `{token}`", start, start + token.Length);
    }

    private sealed class ConditionSyntaxException(string message, int start, int end) : Exception(message)
    {
        public int Start { get; } = start;
        public int End { get; } = end;
    }
}

/// <summary>An item id named in a condition, with its character range in the condition text.</summary>
internal sealed record ConditionItemReference(string Id, int Start, int End);

/// <summary>The parsed condition, or the error and its character range in the condition text.</summary>
internal sealed record ConditionParseResult(Condition? Condition, string? Error, int ErrorStart, int ErrorEnd,
    IReadOnlyList<ConditionItemReference> Items);
