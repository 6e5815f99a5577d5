using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;

namespace Keel.Grains.Tls;

/// <summary>What a node proves itself with (its certificate) and whom it accepts (<see cref="CertificateTrust"/>).</summary>
internal sealed record TlsCredentials(X509Certificate2 Certificate, CertificateTrust Trust)
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    private static readonly string[] OtherSettings =
        [KeelSettings.TlsKey, KeelSettings.TlsPassword, KeelSettings.TlsCertificateAuthority, KeelSettings.TlsAllowedThumbprints];

    /// <summary>
    /// The <c>Keel:Tls</c> settings, or null when TLS is off. A silo's certificate must allow server and client
    /// authentication (it accepts connections and opens them to other silos), a client's client authentication; and
    /// the node's own certificate must pass its own trust, or every peer would refuse it.
    /// </summary>
    public static TlsCredentials? Read(IConfiguration configuration, bool silo, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var path = configuration[KeelSettings.TlsCertificate];
        if (string.IsNullOrWhiteSpace(path))
        {
            return OtherSettings.FirstOrDefault(key => !string.IsNullOrWhiteSpace(configuration[key])) is { } other
                ? throw new KeelStartupException(
                    KeelSettings.TlsCertificate, $"not set, but {other} is, so TLS would be off",
                    "set it to this node's certificate, or remove the other Keel:Tls settings")
                : null;
        }
        var trust = CertificateTrust.Read(configuration, time);
        var certificate = CertificateFiles.LoadOwn(path, Optional(configuration, KeelSettings.TlsKey), Optional(configuration, KeelSettings.TlsPassword));
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>())
            .Select(oid => oid.Value).ToHashSet();
        string[] needed = silo ? [ServerAuthentication, ClientAuthentication] : [ClientAuthentication];
        if (usages.Count > 0 && !needed.All(usages.Contains))
        {
            throw new KeelStartupException(
                KeelSettings.TlsCertificate, $"{path} may not be used for {(silo ? "server and client" : "client")} authentication (its extended key usage)",
                "issue it with the serverAuth and clientAuth extended key usages, or with none");
        }
        if (trust.Refuse(certificate, presented: null) is { } refusal)
        {
            var fix = refusal.Setting switch
            {
                KeelSettings.TlsAllowedThumbprints => "list this node's thumbprint there too, on every node",
                KeelSettings.TlsCertificate => "renew it",
                _ => "give every node a certificate that one CA signed, and set that CA here",
            };
            throw new KeelStartupException(refusal.Setting, $"this node's {refusal.Reason}, so the other nodes would refuse it", fix);
        }
        return new TlsCredentials(certificate, trust);
    }

    private static string? Optional(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key];
}
