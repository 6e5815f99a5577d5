using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Keel.Grains.Projections;

/// <summary>Where a page of rows ended: the last row's rank (ranked rows) and key, as an opaque URL-safe string.</summary>
internal readonly record struct RowCursor(long? Rank, string Key)
{
    public static RowCursor After(object row, string key) => new((row as IRanked)?.Rank, key);

    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        Rank is { } rank ? $"{rank.ToString(CultureInfo.InvariantCulture)}:{Key}" : $":{Key}"));

    public static RowCursor Parse(string text, bool ranked)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            throw new FormatException("The cursor is not one a page gave.");
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new FormatException("The cursor is not one a page gave.");
        }
        if (!ranked)
        {
            return colon == 0 ? new(null, decoded[1..]) : throw new FormatException("The cursor is not one a page of these rows gave.");
        }
        return long.TryParse(decoded.AsSpan(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank)
            ? new(rank, decoded[(colon + 1)..])
            : throw new FormatException("The cursor is not one a page of these rows gave.");
    }

    /// <summary>Whether a row of <paramref name="rank"/> under <paramref name="key"/> comes after this cursor in list order.</summary>
    public bool Precedes(long? rank, string key) => Rank is { } mine && rank is { } theirs
        ? theirs < mine || (theirs == mine && string.CompareOrdinal(key, Key) > 0)
        : string.CompareOrdinal(key, Key) > 0;
}
