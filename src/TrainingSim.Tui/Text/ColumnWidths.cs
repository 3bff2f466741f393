namespace TrainingSim.Tui.Text;

/// <summary>How wide each column of a table is, in display columns (<see cref="Columns.Width(string)"/>).</summary>
internal static class ColumnWidths
{
    /// <summary>The widest of a column's texts, its header included (at least 1).</summary>
    public static int Natural(IEnumerable<string> texts) => texts.Select(Columns.Width).Append(1).Max();

    /// <summary>Shares <paramref name="room"/> display columns among columns whose content is <paramref name="natural"/>
    /// wide (the table adds a space after each but the last). Each gets its natural width and one more (two spaces
    /// between columns, as a cell's text may hold a space itself) when all fit so; else its natural width; else the
    /// widest give way first, all cut to the same width (what is left over goes to the cut ones, left to right), so
    /// a column is only cut when there truly is no room for it. Never below one column each.</summary>
    public static int[] Share(IReadOnlyList<int> natural, int room)
    {
        var widths = natural.Select(n => Math.Max(1, n)).ToArray();
        var spaced = widths.Select((w, i) => i < widths.Length - 1 ? w + 1 : w).ToArray();
        if (spaced.Sum() <= room)
            return spaced;
        if (widths.Sum() <= room)
            return widths;
        var cap = widths.Max();
        while (cap > 1 && widths.Sum(w => Math.Min(w, cap)) > room)
            cap--;
        var shared = widths.Select(w => Math.Min(w, cap)).ToArray();
        var spare = room - shared.Sum();
        for (var i = 0; i < shared.Length && spare > 0; i++)
        {
            if (shared[i] < widths[i])
            {
                shared[i]++;
                spare--;
            }
        }
        return shared;
    }
}
