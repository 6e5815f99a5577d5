using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Keel.Grains.Hosting;

namespace Keel.Grains.Tls;

/// <summary>
/// Reads the certificate files the <c>Keel:Tls</c> settings name; every way a file can be wrong is a start-up mistake
/// naming the setting.
/// </summary>
internal static class CertificateFiles
{
    private const string CertificateFix = "set it to this node's certificate: a .pfx file, or a PEM certificate (with Keel:Tls:Key for its key)";
    private const string AuthorityFix = "set it to the PEM file of the CA certificate that signs Keel's certificates";

    /// <summary>This node's certificate with its private key, from a PKCS#12 file or a PEM certificate and key.</summary>
    public static X509Certificate2 LoadOwn(string path, string? keyPath, string? password)
    {
        var bytes = Read(KeelSettings.TlsCertificate, path, CertificateFix);
        if (IsPem(bytes))
        {
            return LoadPem(path, keyPath, password);
        }
        if (keyPath is not null)
        {
            throw new KeelStartupException(KeelSettings.TlsKey, $"set, but {path} is not a PEM certificate", "leave it unset for a .pfx file, which holds its key");
        }
        if (!IsPkcs12(bytes))
        {
            throw new KeelStartupException(KeelSettings.TlsCertificate, $"{path} is neither a PKCS#12 (.pfx) file nor a PEM certificate", CertificateFix);
        }
        try
        {
            return X509CertificateLoader.LoadPkcs12(bytes, password);
        }
        catch (CryptographicException ex)
        {
            throw new KeelStartupException(
                KeelSettings.TlsPassword, $"does not open {path} ({OneLine(ex)})", "set it to the password the .pfx file was exported with", ex);
        }
    }

    /// <summary>The trust anchors: every certificate in a PEM file, or the one certificate of a DER file.</summary>
    public static X509Certificate2Collection LoadAuthorities(string path)
    {
        var bytes = Read(KeelSettings.TlsCertificateAuthority, path, AuthorityFix);
        var authorities = new X509Certificate2Collection();
        try
        {
            if (IsPem(bytes))
            {
                authorities.ImportFromPem(Encoding.ASCII.GetString(bytes));
            }
            else
            {
                authorities.Add(X509CertificateLoader.LoadCertificate(bytes));
            }
        }
        catch (CryptographicException ex)
        {
            throw new KeelStartupException(KeelSettings.TlsCertificateAuthority, $"{path} is not a certificate ({OneLine(ex)})", AuthorityFix, ex);
        }
        return authorities.Count > 0
            ? authorities
            : throw new KeelStartupException(KeelSettings.TlsCertificateAuthority, $"{path} holds no certificate", AuthorityFix);
    }

    private static X509Certificate2 LoadPem(string path, string? keyPath, string? password)
    {
        try
        {
            using var alone = X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (CryptographicException ex)
        {
            throw new KeelStartupException(KeelSettings.TlsCertificate, $"{path} holds no readable PEM certificate ({OneLine(ex)})", CertificateFix, ex);
        }
        var keyFile = keyPath ?? path;
        if (keyPath is not null)
        {
            Read(KeelSettings.TlsKey, keyPath, "set it to the PEM private key of the certificate");
        }
        try
        {
            return string.IsNullOrEmpty(password)
                ? X509Certificate2.CreateFromPemFile(path, keyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException) // a key of another certificate is an ArgumentException
        {
            throw new KeelStartupException(
                KeelSettings.TlsKey,
                $"{keyFile} holds no private key of the certificate in {path} (none, another certificate's, or encrypted without {KeelSettings.TlsPassword})",
                "set it to the certificate's PEM private key file", ex);
        }
    }

    private static byte[] Read(string setting, string path, string fix)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new KeelStartupException(setting, $"{path} does not exist", fix, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new KeelStartupException(setting, $"{path} cannot be read by this process (permission denied)", "let the user Keel runs as read it", ex);
        }
        catch (IOException ex)
        {
            throw new KeelStartupException(setting, $"{path} cannot be read ({OneLine(ex)})", fix, ex);
        }
    }

    private static bool IsPkcs12(byte[] bytes)
    {
        try
        {
            return X509Certificate2.GetCertContentType(bytes) == X509ContentType.Pkcs12;
        }
        catch (CryptographicException)
        {
            return false; // on Linux, what is no certificate at all throws
        }
    }

    private static bool IsPem(byte[] bytes) => Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).Contains("-----BEGIN", StringComparison.Ordinal);

    private static string OneLine(Exception ex) => ex.Message.ReplaceLineEndings(" ").TrimEnd('.', ' ');
}
