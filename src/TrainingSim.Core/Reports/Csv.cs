using System.Text;

namespace TrainingSim.Core.Reports;

/// <summary>RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes
/// doubled inside quoted fields.</summary>
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
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
