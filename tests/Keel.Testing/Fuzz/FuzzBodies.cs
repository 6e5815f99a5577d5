using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace Keel.Testing.Fuzz;

/// <summary>
/// Request bodies for an operation, from its JSON schema: valid ones, and valid ones mutated (wrong types; extra,
/// case-changed, duplicate, zero-width and missing keys), deep nesting, huge strings, invalid UTF-8, truncated JSON.
/// </summary>
public static class FuzzBodies
{
    private const string Marker = "INVALIDUTF8";

    private static readonly byte[][] InvalidUtf8 =
        [[0xFF], [0xFE, 0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80]];

    private static readonly Gen<string> Junk = Gen.OneOf(
        "", " ", "null", "[]", "1", "\"s\"", "{", "}", "{}", "{\"a\":}", "{'email':'x'}", "{\"email\":\"a\"/*c*/}",
        "{\"email\":\"a\",}", "NaN", "\uFEFF{}", "\uFEFF\uFEFF{}", "{\"\":1}", "[{}]", "true", "{\"email\":\"a\"}{\"name\":\"b\"}");

    public static Gen<byte[]?> For(FuzzOperation operation)
    {
        if (operation.BodySchema is not { } schema)
        {
            return Gen.Frequency((8, Gen.Const(() => (byte[]?)null)), (1, Junk.Select(Utf8)), (1, Gen.Byte.Array[0, 64].Select(b => (byte[]?)b)));
        }
        var members = Members(operation.Document, FuzzOperation.Resolve(operation.Document, schema), 0);
        return Gen.Frequency(
            (6, members.Select(Render).Select(Utf8)),
            (1, members.Select(Gen.Select(Key, FuzzValues.Word), (m, extra) => Render([.. m, (extra.Item1, Quote(extra.Item2))])).Select(Utf8)),
            (1, members.SelectMany(m => Pick(m).Select(i => Render(Rename(m, i, CaseChanged(m[i].Key))))).Select(Utf8)),
            (1, members.SelectMany(m => Pick(m).Select(i => Render([.. m, (m[i].Key, Quote("dup@example.com"))]))).Select(Utf8)),
            (1, members.SelectMany(m => Gen.Select(Pick(m), Gen.OneOf("\u200B", "\uFEFF", "\u200D\u2060"), Gen.Bool, (i, zw, only) =>
                Render(Rename(m, i, only ? zw : zw + m[i].Key)))).Select(Utf8)),
            (1, members.SelectMany(m => Gen.Select(Pick(m), WrongType, (i, value) => Render(Revalue(m, i, value)))).Select(Utf8)),
            (1, members.SelectMany(m => Pick(m).Select(i => Render([.. m.Where((_, j) => j != i)]))).Select(Utf8)),
            (1, members.SelectMany(m => Gen.Select(Pick(m), FuzzValues.Huge, (i, huge) => Render(Revalue(m, i, Quote(huge))))).Select(Utf8)),
            (1, Gen.Select(Gen.Int[60, 4000], Gen.Bool, (depth, arrays) => arrays
                ? new string('[', depth) + new string(']', depth)
                : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)).Select(Utf8)),
            (1, members.SelectMany(m => Gen.Select(Pick(m), Gen.Int[0, InvalidUtf8.Length - 1], (i, bad) =>
                WithInvalidUtf8(Render(Revalue(m, i, Quote($"a{Marker}b"))), InvalidUtf8[bad])))),
            (1, members.SelectMany(m => Gen.Int[0, 1000].Select(cut => { var text = Render(m); return Utf8(text[..(cut % Math.Max(1, text.Length))]); }))),
            (1, Junk.Select(Utf8)),
            (1, Gen.Byte.Array[0, 64].Select(b => (byte[]?)b)));
    }

    private static readonly Gen<string> Key = Gen.Frequency((3, FuzzValues.Word), (1, FuzzValues.Unicode));

    private static readonly Gen<string> WrongType = Gen.OneOf(
        "42", "-0", "1.5e308", "true", "false", "null", "[]", "{}", "[\"a\"]", "{\"a\":1}", "\"\"", "1e400", "\"\\u0000\"", "\"\\ud800\"");

    /// <summary>The properties of an object schema: every required one and, at random, each optional one.</summary>
    private static Gen<List<(string Key, string Json)>> Members(JsonElement document, JsonElement schema, int depth)
    {
        if (!schema.TryGetProperty("properties", out var properties))
        {
            return Gen.Const(new List<(string Key, string Json)>());
        }
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
        var gens = properties.EnumerateObject().Select(p =>
        {
            var value = Value(document, p.Value, p.Name, depth + 1).Select(v => ((string Key, string Json)?)(p.Name, v));
            return required.Contains(p.Name) ? value : Gen.Frequency((3, value), (1, Gen.Const(() => ((string Key, string Json)?)null)));
        }).ToArray();
        return gens.Aggregate(Gen.Const(new List<(string Key, string Json)>()), (list, member) =>
            Gen.Select(list, member, (l, m) => m is { } present ? [.. l, present] : l));
    }

    private static Gen<string> Value(JsonElement document, JsonElement schema, string name, int depth)
    {
        schema = FuzzOperation.Resolve(document, schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(schema) switch
        {
            "string" when format == "uuid" => Gen.Guid.Select(g => Quote(g.ToString())),
            "string" when format == "date-time" => Gen.DateTimeOffset.Select(d => Quote(d.ToString("O", CultureInfo.InvariantCulture))),
            "string" when name.Contains("email", StringComparison.OrdinalIgnoreCase) => FuzzValues.Email.Select(Quote),
            "string" => Gen.Frequency((4, FuzzValues.Word), (1, FuzzValues.Unicode), (1, Gen.Int[150, 260].Select(n => new string('n', n)))).Select(Quote),
            "integer" or "number" => FuzzValues.Number.Select(n => int.TryParse(n, out _) ? n : Quote(n)),
            "boolean" => Gen.Bool.Select(b => b ? "true" : "false"),
            "array" when depth < 4 && schema.TryGetProperty("items", out var items) =>
                Value(document, items, name, depth + 1).Array[0, 3].Select(values => $"[{string.Join(',', values)}]"),
            "object" when depth < 4 => Members(document, schema, depth).Select(Render),
            _ => Gen.Const("null"),
        };
    }

    private static string? TypeOf(JsonElement schema) => !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.String ? type.GetString()
        : type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null");

    private static Gen<int> Pick(List<(string Key, string Json)> members) => Gen.Int[0, Math.Max(0, members.Count - 1)];

    private static List<(string Key, string Json)> Rename(List<(string Key, string Json)> members, int i, string key) =>
        members.Count == 0 ? [(key, "1")] : [.. members.Select((m, j) => j == i ? (key, m.Json) : m)];

    private static List<(string Key, string Json)> Revalue(List<(string Key, string Json)> members, int i, string json) =>
        members.Count == 0 ? [("value", json)] : [.. members.Select((m, j) => j == i ? (m.Key, json) : m)];

    private static string CaseChanged(string key) =>
        key.Length == 0 ? "X" : key.Equals(key.ToUpperInvariant(), StringComparison.Ordinal) ? key.ToLowerInvariant() : char.ToUpperInvariant(key[0]) + key[1..];

    private static string Render(List<(string Key, string Json)> members) =>
        "{" + string.Join(',', members.Select(m => $"{Quote(m.Key)}:{m.Json}")) + "}";

    /// <summary>A JSON string literal; surrogates are escaped (<c>\ud800</c>), so lone ones reach the server as JSON allows.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when c < ' ' || char.IsSurrogate(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => quoted.Append(c),
            };
        }
        return quoted.Append('"').ToString();
    }

    private static byte[]? Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[]? WithInvalidUtf8(string json, byte[] bad)
    {
        var parts = json.Split(Marker);
        return [.. Encoding.UTF8.GetBytes(parts[0]), .. bad, .. Encoding.UTF8.GetBytes(string.Join(Marker, parts.Skip(1)))];
    }
}
