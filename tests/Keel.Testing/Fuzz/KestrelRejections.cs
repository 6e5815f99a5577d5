using System.Text;

namespace Keel.Testing.Fuzz;

/// <summary>
/// The requests Kestrel itself refuses at the connection level, before routing, so Keel never sees them and cannot
/// answer with problem details: Kestrel writes a bare 4xx (no body, <c>Content-Length: 0</c>) and closes the
/// connection. These, and only these, are excepted from "every 4xx is problem details" (each seen in the real-process
/// pass):
/// <list type="bullet">
/// <item>a path whose percent-decoding yields NUL (<c>%00</c>): 400, invalid request target;</item>
/// <item>a request line over <c>MaxRequestLineSize</c> (8 KiB): 414;</item>
/// <item>headers over <c>MaxRequestHeadersTotalSize</c> (32 KiB): 431.</item>
/// </list>
/// Kestrel also refuses header bytes that are not UTF-8 (400); the generator writes headers as UTF-8 text, so it never
/// sends any. Control characters, non-ASCII UTF-8 in headers and unknown methods (<c>TRACE</c>, <c>FUZZ</c>) do reach
/// Keel and get problem details. TestServer (in-process) has no connection layer; of these it refuses only the NUL
/// path, by throwing.
/// </summary>
public static class KestrelRejections
{
    public const int MaxRequestLine = 8 * 1024;
    public const int MaxHeaders = 32 * 1024;

    /// <summary>Why Kestrel refuses <paramref name="request"/> before Keel sees it, or null.</summary>
    public static string? Reason(FuzzRequest request)
    {
        if (EncodedNulInPath(request))
        {
            return "path with an encoded NUL";
        }
        if (request.Method.Length + request.Target.Length + " HTTP/1.1".Length + 1 > MaxRequestLine)
        {
            return "request line over 8 KiB";
        }
        if (request.Headers.Sum(h => Encoding.UTF8.GetByteCount(h.Key) + Encoding.UTF8.GetByteCount(h.Value) + 4) > MaxHeaders)
        {
            return "headers over 32 KiB";
        }
        return null;
    }

    public static bool EncodedNulInPath(FuzzRequest request)
    {
        var path = request.Target.Split('?')[0];
        return Encoding.UTF8.GetString(System.Web.HttpUtility.UrlDecodeToBytes(path)).Contains('\0', StringComparison.Ordinal);
    }
}
