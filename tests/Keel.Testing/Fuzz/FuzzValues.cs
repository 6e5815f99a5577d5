using CsCheck;

namespace Keel.Testing.Fuzz;

/// <summary>Generators of the small hostile values the requests are made of.</summary>
public static class FuzzValues
{
    /// <summary>No value: the header or part is left out.</summary>
    public static readonly Gen<string> Absent = Gen.Const(() => (string)null!);

    public static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyz"].Array[1, 12].Select(c => new string(c));

    /// <summary>Any UTF-16 text, lone surrogates, controls and zero-width characters included.</summary>
    public static readonly Gen<string> Unicode = Gen.Frequency(
        (3, Gen.String[0, 40]),
        (1, Gen.Char["\u200B\uFEFF\u200D\u2060\u0000\u0001\u007F\u00A0\u202E\uD800\uDC00\uFFFF\u00E9\u4E2D"].Array[1, 8].Select(c => new string(c))));

    /// <summary>Header-safe but hostile text: no CR, LF or NUL (those cannot be sent as one header), anything else goes.</summary>
    public static readonly Gen<string> HeaderText = Gen.Frequency(
        (3, Gen.Char[' ', '~'].Array[0, 60].Select(c => new string(c))),
        (1, Unicode.Select(s => new string([.. s.Where(c => c is not ('\r' or '\n' or '\0'))]))),
        (1, Gen.Int[1000, 9000].Select(n => new string('k', n))));

    public static readonly Gen<string> Huge = Gen.Int[2_000, 60_000].Select(n => new string('x', n));

    public static readonly Gen<string> PercentJunk = Gen.Frequency(
        (3, Gen.OneOf("%", "%z", "%zz", "%00", "%C0%AF", "%FF%FE", "%2F", "a%2Fb", "%E2%80%8B", "%EF%BB%BF", "%ED%A0%80", "%25", "%%", "%u0041", "%0D%0A")),
        (2, Gen.Byte.Array[1, 24].Select(bytes => string.Concat(bytes.Select(b => $"%{b:X2}")))));

    public static readonly Gen<string> EmptyIsh = Gen.OneOf("", " ", "%20", ".", "..", "%2e", "%2E%2E", "~", "null", "undefined", "-", "0", "-1");

    /// <summary>An address that passes validation, new most of the time so registrations succeed and conflicts happen.</summary>
    public static readonly Gen<string> Email = Gen.Frequency(
        (4, Gen.Guid.Select(g => $"fuzz-{g:N}@example.com")),
        (1, Gen.Int[0, 20].Select(n => $"fuzz-shared-{n}@example.com")),
        (1, Gen.OneOf("a@b", "ADA@EXAMPLE.COM", " spaced@example.com ", "x@y.z", "@example.com", "a@", "a@@b.c")));

    public static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Int[-5, 600].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("99999999999999999999999", "-2147483649", "1e3", "0x10", "1.5", "NaN", "Infinity", "+1", " 1", "1 ", "١")));
}
