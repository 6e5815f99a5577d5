using System.Globalization;
using System.Text;

namespace Keel.Api.Http;

/// <summary>
/// The name of a JSON property as a problem response shows it: taken from the reader's path (<c>$.email</c>,
/// <c>$['a.b']</c>), with every character a reader could not see (zero-width, byte order mark, controls) written as
/// <c>\uXXXX</c>, so a name made of nothing visible is still named.
/// </summary>
internal static class JsonFieldName
{
    public static string FromPath(string? path)
    {
        var name = path switch
        {
            null or "" or "$" => "body",
            _ when path.StartsWith("$['", StringComparison.Ordinal) && path.EndsWith("']", StringComparison.Ordinal) => path[3..^2],
            _ => path.TrimStart('$').TrimStart('.'),
        };
        return name.Length == 0 ? "body" : Visible(name);
    }

    public static string Visible(string name)
    {
        var shown = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var hidden = rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
            if (hidden)
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                shown.Append(rune.ToString());
            }
        }
        return shown.ToString();
    }
}
