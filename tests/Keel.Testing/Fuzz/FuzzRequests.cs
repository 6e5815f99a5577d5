using System.Text;
using CsCheck;

namespace Keel.Testing.Fuzz;

/// <summary>
/// Requests for the operations of an OpenAPI document: path values (valid-looking, unicode, huge, empty-ish,
/// percent-encoded junk), query strings (missing, duplicated, garbage), headers (Content-Type with any media type and
/// charset, Accept variants, Idempotency-Key, Authorization and trace headers with garbage) and bodies
/// (<see cref="FuzzBodies"/>). Targets are always valid on the wire: anything hostile in them is percent-encoded.
/// </summary>
public static class FuzzRequests
{
    private static readonly Gen<string> OtherMethod = Gen.OneOf("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FUZZ", "PROPFIND");

    private static readonly Gen<string> MediaType = Gen.OneOf(
        "application/json", "APPLICATION/JSON", "application/problem+json", "application/vnd.api+json", "text/json", "text/plain",
        "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "*/*", "application/*",
        "application", "", ";", "application/json;;", "application/json; charset", "application/json, text/plain",
        "application/json; charset=utf-8; charset=bogus", "application/json; foo=bar", "application/json;charset=\"utf-8\"",
        "application/json ; charset = utf-8", "json", "application/jsonx", "application/json+x");

    private static readonly Gen<string> Charset = Gen.OneOf(
        "utf-8", "UTF-8", "\"utf-8\"", "utf8", "us-ascii", "bogus", "utf-7", "ibm037", "windows-1252", "shift_jis", "", "\"\"",
        "utf-16", "utf-32", "latin1", "iso-8859-1", "unicode", "x-garbage", "utf-8;", "utf-8 utf-8", new string('u', 300));

    private static readonly Gen<string> Accept = Gen.OneOf(
        "*/*", "text/html", "application/xml", "text/plain", "application/json", "application/problem+json", "image/png",
        "text/html;q=0.9, */*;q=0.1", "application/json;q=0", "*/*;q=0", "", ",,,", "text/*", "application/problem+xml");

    private static readonly Gen<string> Authorization = Gen.Frequency(
        (3, Gen.OneOf("Bearer", "Bearer ", "Bearer x.y.z", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Basic Zm9vOmJhcg==",
            "Negotiate abc", "bearer abc", "Bearer a b c", "Digest username=\"x\"")),
        (1, FuzzValues.HeaderText.Select(t => $"Bearer {t}")),
        (1, FuzzValues.HeaderText));

    private static readonly Gen<string> TraceParent = Gen.Frequency(
        (1, Gen.OneOf("00-00000000000000000000000000000000-0000000000000000-00", "ff-abc", "00-zz-zz-zz", "")),
        (1, FuzzValues.HeaderText));

    public static Gen<FuzzRequest> For(IReadOnlyList<FuzzOperation> operations, double authorizedShare) =>
        Gen.Int[0, operations.Count - 1].SelectMany(i => For(operations[i], authorizedShare));

    public static Gen<FuzzRequest> For(FuzzOperation operation, double authorizedShare)
    {
        var body = FuzzBodies.For(operation);
        return Gen.Select(
            Gen.Frequency((12, Gen.Const(operation.Method)), (1, OtherMethod)),
            Path(operation), Query(operation), body.SelectMany(b => Headers(b is not null).Select(h => (b, h))),
            Gen.Int[0, 999],
            (method, path, query, bodyAndHeaders, roll) => new FuzzRequest(
                operation.Name, method, path + query, bodyAndHeaders.h, bodyAndHeaders.b, roll < authorizedShare * 1000));
    }

    private static Gen<string> Path(FuzzOperation operation) =>
        operation.PathParameters.Aggregate(Gen.Const(operation.PathTemplate), (path, parameter) =>
            Gen.Select(path, PathValue(parameter), (p, value) => p.Replace($"{{{parameter.Name}}}", value, StringComparison.Ordinal)));

    private static Gen<string> PathValue(FuzzParameter parameter) => Gen.Frequency(
        (4, ValidLooking(parameter)),
        (2, FuzzValues.Unicode.Select(Encode)),
        (1, Gen.Int[2_000, 30_000].Select(n => new string('a', n))),
        (2, FuzzValues.EmptyIsh.Select(v => v.Replace(" ", "%20", StringComparison.Ordinal))),
        (2, FuzzValues.PercentJunk));

    private static Gen<string> ValidLooking(FuzzParameter parameter) =>
        parameter.Name.Contains("email", StringComparison.OrdinalIgnoreCase) || parameter.Name == "to"
            ? FuzzValues.Email.Select(Encode)
            : Gen.Frequency((3, Gen.Guid.Select(g => g.ToString())), (1, FuzzValues.Number.Select(Encode)), (1, FuzzValues.Word));

    private static Gen<string> Query(FuzzOperation operation)
    {
        var parts = operation.QueryParameters.Select(parameter => Gen.Frequency(
            (2, Gen.Const("")),
            (4, ValidLooking(parameter).Select(v => $"{parameter.Name}={v}")),
            (2, Gen.OneOf(FuzzValues.PercentJunk, FuzzValues.Unicode.Select(Encode), FuzzValues.EmptyIsh.Select(Encode)).Select(v => $"{parameter.Name}={v}")),
            (1, Gen.Select(ValidLooking(parameter), ValidLooking(parameter), (a, b) => $"{parameter.Name}={a}&{parameter.Name}={b}")),
            (1, Gen.Const(parameter.Name)),
            (1, ValidLooking(parameter).Select(v => $"{parameter.Name.ToUpperInvariant()}={v}")),
            (1, Gen.Int[2_000, 20_000].Select(n => $"{parameter.Name}={new string('q', n)}"))));
        var extra = Gen.Frequency(
            (4, Gen.Const("")),
            (1, Gen.Select(FuzzValues.Word, FuzzValues.Unicode, (k, v) => $"{k}={Encode(v)}")),
            (1, Gen.OneOf("&", "&&", "=", "&=x", "%", "%zz=1", "a=%ZZ", "a[]=1&a[]=2", "a=1;b=2", "+=+", "%00=%00")));
        return parts.Append(extra).Aggregate(Gen.Const(new List<string>()), (list, part) => Gen.Select(list, part, (l, p) => p.Length > 0 ? [.. l, p] : l))
            .SelectMany(list => Gen.Int[0, 9].Select(roll => list.Count > 0 ? "?" + string.Join('&', list) : roll == 0 ? "?" : ""));
    }

    private static Gen<List<KeyValuePair<string, string>>> Headers(bool hasBody)
    {
        var json = Gen.Const("application/json");
        var contentType = hasBody
            ? Gen.Frequency((5, json), (3, Charset.Select(c => $"application/json; charset={c}")), (2, MediaType), (1, FuzzValues.HeaderText), (1, FuzzValues.Absent))
            : Gen.Frequency((6, FuzzValues.Absent), (1, json), (1, MediaType));
        var headers = new (string Name, Gen<string> Value)[]
        {
            ("Content-Type", contentType),
            ("Accept", Gen.Frequency((3, FuzzValues.Absent), (3, Accept), (1, FuzzValues.HeaderText))),
            ("Idempotency-Key", Gen.Frequency((3, FuzzValues.Absent), (2, Gen.Guid.Select(g => g.ToString())), (2, FuzzValues.HeaderText))),
            ("Authorization", Gen.Frequency((3, FuzzValues.Absent), (2, Authorization))),
            ("traceparent", Gen.Frequency((6, FuzzValues.Absent), (1, TraceParent))),
            ("baggage", Gen.Frequency((8, FuzzValues.Absent), (1, FuzzValues.HeaderText))),
            ("X-Forwarded-For", Gen.Frequency((8, FuzzValues.Absent), (1, FuzzValues.HeaderText))),
            ("X-Padding", Gen.Frequency((40, FuzzValues.Absent), (1, Gen.Int[33_000, 40_000].Select(n => new string('p', n))))),
        };
        return headers.Aggregate(Gen.Const(new List<KeyValuePair<string, string>>()), (list, header) =>
            Gen.Select(list, header.Value, (l, v) => v is null ? l : [.. l, new(header.Name, v)]));
    }

    /// <summary>Percent-encodes everything but unreserved characters; lone surrogates go as U+FFFD.</summary>
    public static string Encode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }
}
