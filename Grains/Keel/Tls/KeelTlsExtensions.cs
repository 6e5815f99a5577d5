using Keel.Grains.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orleans.Connections.Security;

namespace Keel.Grains.Tls;

/// <summary>
/// Mutual TLS on every Orleans connection, the same on silos (inbound silo and gateway connections, outbound silo
/// connections) and clients: each end presents its certificate, and each accepts only a certificate
/// <see cref="CertificateTrust"/> calls Keel's.
/// </summary>
internal static class KeelTlsExtensions
{
    public static ISiloBuilder UseKeelTls(this ISiloBuilder silo, TlsCredentials credentials)
    {
        AddRefusals(silo.Services);
        return silo.UseTls(credentials.Apply);
    }

    public static IClientBuilder UseKeelTls(this IClientBuilder client, TlsCredentials credentials)
    {
        AddRefusals(client.Services);
        return client.UseTls(credentials.Apply);
    }

    private static void Apply(this TlsCredentials credentials, TlsOptions options)
    {
        options.LocalCertificate = credentials.Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        // Orleans' default for a connecting end drops a certificate not meant for client authentication in silence.
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (certificate, chain, _) => TlsHandshake.Decide(credentials.Trust.Refuse(certificate, chain));
        options.OnAuthenticateAsServer = (connection, _) => TlsHandshake.Begin(connection, inbound: true);
        options.OnAuthenticateAsClient = (connection, _) => TlsHandshake.Begin(connection, inbound: false);
    }

    private static void AddRefusals(IServiceCollection services) =>
        services.TryAddSingleton(sp => new TlsRefusals(
            sp.GetService<OutageTiming>() ?? OutageTiming.Default,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            // The real factory, not the wrapper that hands the middleware's warnings here.
            ((ILoggerFactory?)sp.GetService<LoggerFactory>() ?? sp.GetRequiredService<ILoggerFactory>()).CreateLogger(TlsLog.Category)));
}
