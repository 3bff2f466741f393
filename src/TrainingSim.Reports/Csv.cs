using System.Text;

namespace TrainingSim.Reports;

/// <summary>RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes
/// doubled inside quoted fields. A field a spreadsheet would run as a formula (one starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR, and not a plain number) gets a leading <c>'</c>, so a trainee
/// named <c>=HYPERLINK(…)</c> stays text.</summary>
public static class Csv
{
    public static void AppendRow(StringBuilder text, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
                text.Append(',');
            first = false;
            AppendField(text, field);
        }

        text.Append("\r\n");
    }

    private static void AppendField(StringBuilder text, string field)
    {
        if (IsFormula(field))
            field = "'" + field;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static bool IsFormula(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
