using System.Net;
using Microsoft.AspNetCore.Connections;

namespace Keel.Grains.Tls;

/// <summary>
/// One TLS handshake as Keel saw it: who the peer is and, when Keel refused its certificate, why. Orleans' TLS
/// middleware logs a failed handshake with neither (only "Authentication failed" and the exception), and its
/// certificate callback is given no connection; this ties them together. It is begun in the middleware's
/// per-connection hook, which runs in the same asynchronous flow as the certificate check and the failure's log entry.
/// </summary>
internal sealed class TlsHandshake
{
    private static readonly AsyncLocal<TlsHandshake?> Current = new();

    private TlsHandshake(bool inbound, EndPoint? remote, EndPoint? local)
    {
        Inbound = inbound;
        Remote = remote;
        Local = local;
    }

    /// <summary>True when the peer connected to this node, false when this node connected to the peer.</summary>
    public bool Inbound { get; }

    public EndPoint? Remote { get; }

    public EndPoint? Local { get; }

    /// <summary>Whether Keel's certificate check ran: it does not when the peer sent no certificate.</summary>
    public bool Checked { get; private set; }

    /// <summary>Why Keel refused the peer's certificate; null when it did not.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The handshake running in this flow, if one was begun.</summary>
    public static TlsHandshake? Running => Current.Value;

    public static void Begin(ConnectionContext connection, bool inbound) =>
        Current.Value = new TlsHandshake(inbound, connection.RemoteEndPoint, connection.LocalEndPoint);

    /// <summary>Records the certificate check's verdict; true when the certificate is accepted.</summary>
    public static bool Decide(TrustRefusal? refusal)
    {
        if (Current.Value is { } handshake)
        {
            handshake.Checked = true;
            handshake.Refusal = refusal?.Reason;
        }
        return refusal is null;
    }
}
