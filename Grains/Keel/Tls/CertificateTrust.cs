using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;

namespace Keel.Grains.Tls;

/// <summary>
/// Which certificates are Keel's own: those that chain to <c>Keel:Tls:CA</c> and, when
/// <c>Keel:Tls:AllowedThumbprints</c> is set, are listed there. Every setting given must hold; the machine's trust
/// store plays no part, and neither does the host name (nodes are reached by address, and any certificate the CA signed
/// is a Keel node).
/// </summary>
internal sealed class CertificateTrust
{
    private readonly X509Certificate2Collection? _authorities;
    private readonly HashSet<string>? _thumbprints;
    private readonly TimeProvider _time;

    private CertificateTrust(X509Certificate2Collection? authorities, HashSet<string>? thumbprints, TimeProvider time)
    {
        _authorities = authorities;
        _thumbprints = thumbprints;
        _time = time;
    }

    public static CertificateTrust Read(IConfiguration configuration, TimeProvider time)
    {
        var authority = configuration[KeelSettings.TlsCertificateAuthority];
        var thumbprints = configuration[KeelSettings.TlsAllowedThumbprints];
        if (string.IsNullOrWhiteSpace(authority) && string.IsNullOrWhiteSpace(thumbprints))
        {
            throw new KeelStartupException(
                KeelSettings.TlsCertificateAuthority,
                $"not set, nor {KeelSettings.TlsAllowedThumbprints}, so nothing says which certificates are Keel's",
                $"set it to the PEM file of the CA that signs Keel's certificates, or list their SHA-256 thumbprints in {KeelSettings.TlsAllowedThumbprints}");
        }
        return new CertificateTrust(
            string.IsNullOrWhiteSpace(authority) ? null : CertificateFiles.LoadAuthorities(authority),
            string.IsNullOrWhiteSpace(thumbprints) ? null : ParseThumbprints(thumbprints),
            time);
    }

    /// <summary>The certificate's SHA-256 thumbprint, as <c>Keel:Tls:AllowedThumbprints</c> lists it.</summary>
    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    /// <summary>
    /// Null when <paramref name="certificate"/> is Keel's, otherwise why it is not and which setting refused it. <paramref name="presented"/> is the
    /// chain TLS built, for the intermediates the peer sent and the key usage TLS requires of it.
    /// </summary>
    public TrustRefusal? Refuse(X509Certificate2 certificate, X509Chain? presented)
    {
        var name = $"{Describe(certificate)} (SHA-256 {Thumbprint(certificate)})";
        if (_thumbprints is not null && !_thumbprints.Contains(Thumbprint(certificate)))
        {
            return new(KeelSettings.TlsAllowedThumbprints, $"{name} is not one of {KeelSettings.TlsAllowedThumbprints}");
        }
        var now = _time.GetLocalNow().LocalDateTime;
        if (now < certificate.NotBefore || now > certificate.NotAfter)
        {
            return new(KeelSettings.TlsCertificate, $"{name} is valid only from {Date(certificate.NotBefore)} to {Date(certificate.NotAfter)}");
        }
        if (_authorities is null)
        {
            return null;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now;
        if (presented is not null)
        {
            chain.ChainPolicy.ExtraStore.AddRange(presented.ChainPolicy.ExtraStore);
            foreach (var usage in presented.ChainPolicy.ApplicationPolicy)
            {
                chain.ChainPolicy.ApplicationPolicy.Add(usage);
            }
        }
        if (chain.Build(certificate))
        {
            return null;
        }
        var status = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
        return new(KeelSettings.TlsCertificateAuthority,
            status.HasFlag(X509ChainStatusFlags.UntrustedRoot) || status.HasFlag(X509ChainStatusFlags.PartialChain)
                ? $"{name} is not signed by {KeelSettings.TlsCertificateAuthority}"
                : $"{name} does not chain to {KeelSettings.TlsCertificateAuthority} ({string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()))})");
    }

    private static HashSet<string> ParseThumbprints(string value)
    {
        var thumbprints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var hex = entry.Replace(":", "", StringComparison.Ordinal);
            if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            {
                throw new KeelStartupException(
                    KeelSettings.TlsAllowedThumbprints, $"'{entry}' is not a SHA-256 thumbprint",
                    "list 64 hex digits per certificate, as openssl x509 -noout -fingerprint -sha256 prints them, separated by commas");
            }
            thumbprints.Add(hex);
        }
        return thumbprints;
    }

    /// <summary>The subject, safe for one log line (a peer chooses it).</summary>
    private static string Describe(X509Certificate2 certificate)
    {
        var subject = new string([.. certificate.Subject.Take(120).Select(c => char.IsControl(c) ? ' ' : c)]);
        return $"certificate '{subject}'";
    }

    private static string Date(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

/// <summary>Why a certificate is not Keel's: <paramref name="Reason"/>, found by <paramref name="Setting"/>.</summary>
internal sealed record TrustRefusal(string Setting, string Reason);
