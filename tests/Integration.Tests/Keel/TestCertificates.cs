using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keel.Grains.Hosting;

namespace Keel.Integration.Tests;

/// <summary>
/// Throwaway certificates in a folder of their own: Keel's CA and leaf certificates it signs (in the formats an
/// operator has: a password-protected .pfx, a PEM certificate with its key beside it), and a rogue CA with a leaf of
/// its own. Valid from yesterday until tomorrow, but for the expired one.
/// </summary>
public sealed class TestCertificates
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("keel-tls-");
    private readonly DateTimeOffset _from = DateTimeOffset.UtcNow.AddDays(-1);
    private readonly DateTimeOffset _until = DateTimeOffset.UtcNow.AddDays(1);
    private readonly DateTimeOffset _authorityFrom = DateTimeOffset.UtcNow.AddDays(-10);

    public TestCertificates()
    {
        using var ca = CreateAuthority("CN=Keel test CA");
        using var rogueCa = CreateAuthority("CN=Rogue CA");
        CaPath = Write("ca.pem", ca.ExportCertificatePem());
        RogueCaPath = Write("rogue-ca.pem", rogueCa.ExportCertificatePem());
        using var siloA = CreateLeaf("CN=keel-silo-a", ca);
        using var siloB = CreateLeaf("CN=keel-silo-b", ca);
        using var client = CreateLeaf("CN=keel-api", ca);
        using var rogue = CreateLeaf("CN=keel-api", rogueCa);
        using var expired = CreateLeaf("CN=keel-expired", ca, DateTimeOffset.UtcNow.AddDays(-5), DateTimeOffset.UtcNow.AddDays(-2));
        SiloA = WritePfx("silo-a", siloA);
        SiloB = WritePem("silo-b", siloB);
        Client = WritePfx("api", client);
        Rogue = WritePfx("rogue", rogue);
        Expired = WritePfx("expired", expired);
    }

    public string CaPath { get; }

    public string RogueCaPath { get; }

    /// <summary>A .pfx with a password.</summary>
    public NodeCertificate SiloA { get; }

    /// <summary>A PEM certificate, its key in a file beside it.</summary>
    public NodeCertificate SiloB { get; }

    public NodeCertificate Client { get; }

    /// <summary>Signed by the rogue CA.</summary>
    public NodeCertificate Rogue { get; }

    /// <summary>Signed by Keel's CA, expired the day before yesterday.</summary>
    public NodeCertificate Expired { get; }

    /// <summary>A file named <paramref name="name"/> in the folder with <paramref name="content"/>.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Delete() => _folder.Delete(recursive: true);

    private X509Certificate2 CreateAuthority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(_authorityFrom, _until.AddHours(1));
    }

    private X509Certificate2 CreateLeaf(string subject, X509Certificate2 authority, DateTimeOffset? from = null, DateTimeOffset? until = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication), new Oid(ClientAuthentication)], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        using var signed = request.Create(authority, from ?? _from, until ?? _until, RandomNumberGenerator.GetBytes(16));
        return signed.CopyWithPrivateKey(key);
    }

    private static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    private NodeCertificate WritePfx(string name, X509Certificate2 certificate)
    {
        var password = $"{name}-password";
        var path = Path.Combine(_folder.FullName, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return new NodeCertificate(path, password, KeyPath: null, Thumbprint(certificate));
    }

    private NodeCertificate WritePem(string name, X509Certificate2 certificate)
    {
        var path = Write($"{name}.crt", certificate.ExportCertificatePem());
        var keyPath = Write($"{name}.key", certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return new NodeCertificate(path, Password: null, keyPath, Thumbprint(certificate));
    }
}

/// <summary>A node's certificate files and SHA-256 thumbprint, and the <c>Keel:Tls</c> settings that name them.</summary>
public sealed record NodeCertificate(string Path, string? Password, string? KeyPath, string Thumbprint)
{
    public Dictionary<string, string> Settings(string? ca = null, string? thumbprints = null)
    {
        var settings = new Dictionary<string, string> { [KeelSettings.TlsCertificate] = Path };
        if (Password is not null)
        {
            settings[KeelSettings.TlsPassword] = Password;
        }
        if (KeyPath is not null)
        {
            settings[KeelSettings.TlsKey] = KeyPath;
        }
        if (ca is not null)
        {
            settings[KeelSettings.TlsCertificateAuthority] = ca;
        }
        if (thumbprints is not null)
        {
            settings[KeelSettings.TlsAllowedThumbprints] = thumbprints;
        }
        return settings;
    }
}
