using System.Text;

namespace Keel.Tests.Fuzz;

/// <summary>
/// The requests Kestrel itself refuses at the connection level, before routing, so Keel never sees them and cannot
/// answer with problem details: Kestrel writes a bare 4xx (no body) and closes the connection. These, and only these,
/// are excepted from "every 4xx is problem details":
/// <list type="bullet">
/// <item>a path whose percent-decoding yields NUL (<c>%00</c>): 400, invalid request target;</item>
/// <item>a request line over <c>MaxRequestLineSize</c> (8 KiB): 414;</item>
/// <item>headers over <c>MaxRequestHeadersTotalSize</c> (32 KiB): 431;</item>
/// <item>a header value with a byte outside visible ASCII, space and tab (non-ASCII, controls): 400, invalid header;</item>
/// <item>a method that is not a known one nor a token Kestrel accepts, and <c>TRACE</c>/<c>CONNECT</c> on an origin-form target: 400/405.</item>
/// </list>
/// TestServer (in-process) has no connection layer; of these it refuses only the NUL path, by throwing.
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
        if (request.Headers.Sum(h => h.Key.Length + h.Value.Length + 4) > MaxHeaders)
        {
            return "headers over 32 KiB";
        }
        if (request.Headers.Any(h => h.Value.Any(c => c is not ('\t' or (>= ' ' and <= '~')))))
        {
            return "header value outside visible ASCII";
        }
        if (request.Method is "TRACE" or "CONNECT")
        {
            return $"{request.Method} method";
        }
        return null;
    }

    public static bool EncodedNulInPath(FuzzRequest request)
    {
        var path = request.Target.Split('?')[0];
        return Encoding.UTF8.GetString(System.Web.HttpUtility.UrlDecodeToBytes(path)).Contains('\0', StringComparison.Ordinal);
    }
}
