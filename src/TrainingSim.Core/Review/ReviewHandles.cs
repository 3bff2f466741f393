namespace TrainingSim.Core.Review;

/// <summary>Short names of attempts a trainer can type: the last 8 hex digits of the id (an id's first digits are
/// its time, shared by attempts of the same minutes; the last are random).</summary>
public static class ReviewHandles
{
    public const int Length = 8;

    public static string Short(Guid id) => id.ToString("N")[^Length..];

    /// <summary>The attempts whose id is <paramref name="handle"/> or ends with it (at least 4 hex digits; dashes and
    /// case ignored).</summary>
    public static IReadOnlyList<Guid> Find(string handle, IEnumerable<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = handle.Replace("-", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
        if (wanted.Length < 4 || !wanted.All(Uri.IsHexDigit))
            return [];
        return [.. ids.Where(id => id.ToString("N").EndsWith(wanted, StringComparison.Ordinal))];
    }
}
