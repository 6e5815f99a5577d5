using System.Net;
using System.Security.Authentication;
using Keel.Grains.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Keel.Grains.Tls;

/// <summary>
/// Says why TLS refused a connection, in a line per peer address and reason and a count every
/// <see cref="OutageTiming.ReportInterval"/> while it goes on. Orleans' TLS middleware warns with a stack trace on every
/// failed handshake, and a client without the right certificate retries every second; <see cref="ReportedOnceLoggerFactory"/>
/// writes those warnings at Debug and hands them here.
/// </summary>
internal sealed class TlsRefusals(OutageTiming timing, TimeProvider time, ILogger logger)
{
    private const int MaxTracked = 1024;

    private readonly Dictionary<(bool Inbound, string Peer, string Reason), Repeats> _seen = [];

    /// <summary>The categories of Orleans' TLS middleware, whose every warning is a failed handshake.</summary>
    public static IReadOnlyList<string> Categories { get; } =
    [
        "Orleans.Connections.Security.TlsServerConnectionMiddleware", "Orleans.Connections.Security.TlsClientConnectionMiddleware",
    ];

    /// <summary>A handshake in this flow failed with <paramref name="exception"/>.</summary>
    public void Failed(Exception? exception)
    {
        var handshake = TlsHandshake.Running;
        var inbound = handshake?.Inbound ?? true;
        var reason = handshake?.Refusal ?? Describe(exception, handshake, inbound);
        var peer = (handshake?.Remote as IPEndPoint)?.Address.ToString() ?? handshake?.Remote?.ToString() ?? "an unknown peer";
        var now = time.GetTimestamp();
        lock (_seen)
        {
            if (!_seen.TryGetValue((inbound, peer, reason), out var repeats))
            {
                if (_seen.Count >= MaxTracked)
                {
                    _seen.Clear();
                }
                _seen[(inbound, peer, reason)] = new Repeats(now);
                TlsLog.Refused(logger, Direction(handshake, inbound), reason, timing.ReportInterval.TotalSeconds);
                return;
            }
            repeats.Count++;
            var window = time.GetElapsedTime(repeats.Since, now);
            if (window >= timing.ReportInterval)
            {
                TlsLog.RefusedAgain(logger, repeats.Count, inbound ? $"from {peer}" : $"to {peer}", window.TotalSeconds, reason);
                (repeats.Since, repeats.Count) = (now, 0);
            }
        }
    }

    private static string Direction(TlsHandshake? handshake, bool inbound) => handshake switch
    {
        null => "(peer unknown)",
        _ when inbound => $"from {handshake.Remote} (to {handshake.Local})",
        _ => $"to {handshake.Remote}",
    };

    private static string Describe(Exception? exception, TlsHandshake? handshake, bool inbound) => exception switch
    {
        OperationCanceledException => "the handshake timed out",
        // Orleans refuses a missing certificate before Keel's check is asked.
        AuthenticationException when handshake is { Checked: false } && exception.Message.Contains("RemoteCertificateValidationCallback", StringComparison.Ordinal) =>
            inbound ? "it sent no certificate" : "the server sent no certificate",
        null => "the handshake failed",
        // What SslStream says when the first bytes are no TLS record: a plain Orleans connection, for one.
        _ when inbound && Innermost(exception).Message.StartsWith("Cannot determine the frame size", StringComparison.Ordinal) =>
            "it does not speak TLS (no Keel:Tls settings?)",
        _ => $"the handshake failed ({Innermost(exception).Message.ReplaceLineEndings(" ").TrimEnd('.', ' ')})",
    };

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;

    private sealed class Repeats(long since)
    {
        public long Since { get; set; } = since;

        public int Count { get; set; }
    }
}
