namespace Keel.Grains.Hosting;

/// <summary>
/// The configuration keys Keel reads, in one place. Api, Silo and the Aspire AppHost (which links this file)
/// share them; as environment variables, <c>:</c> becomes <c>__</c>.
/// </summary>
public static class KeelSettings
{
    /// <summary><c>Memory</c> (default) or <c>Postgres</c>.</summary>
    public const string Storage = "Keel:Storage";

    /// <summary>The connection string name: <c>ConnectionStrings:Postgres</c>.</summary>
    public const string PostgresConnectionName = "Postgres";
    public const string PostgresConnectionString = "ConnectionStrings:" + PostgresConnectionName;

    /// <summary>The PostgreSQL event bridge's options (<c>Partitions</c>, <c>VisibilityTimeout</c>, <c>MaxAttempts</c>, ...).</summary>
    public const string Bridge = "Keel:Bridge";

    /// <summary>Api only: <c>CoHosted</c> (default: the Api hosts a silo) or <c>Client</c> (it joins the cluster as a client).</summary>
    public const string Mode = "Keel:Mode";

    /// <summary>The services this silo hosts: a comma list (<c>users,email</c>) or <c>*</c> (default).</summary>
    public const string Services = "Keel:Services";

    /// <summary>
    /// The address a silo advertises to the cluster (default 127.0.0.1; set the host's address across machines). Not
    /// loopback, the silo listens on every interface and needs <see cref="TlsCertificate"/>.
    /// </summary>
    public const string AdvertisedAddress = "Keel:AdvertisedAddress";

    /// <summary>
    /// This node's certificate for silo-to-silo and client-to-gateway connections: a PKCS#12 file (.pfx, .p12) or a PEM
    /// certificate. Set, every Orleans connection is TLS with a certificate at both ends; required on a silo whose
    /// advertised address is not loopback.
    /// </summary>
    public const string TlsCertificate = "Keel:Tls:Certificate";

    /// <summary>The PEM private key of a PEM certificate, when the certificate's own file does not hold it.</summary>
    public const string TlsKey = "Keel:Tls:Key";

    /// <summary>The password of the PKCS#12 file, or of an encrypted PEM key.</summary>
    public const string TlsPassword = "Keel:Tls:Password";

    /// <summary>The certificate authority (PEM or DER) that signs Keel's certificates: a peer's certificate must chain to it.</summary>
    public const string TlsCertificateAuthority = "Keel:Tls:CA";

    /// <summary>SHA-256 thumbprints (a comma list) of the certificates accepted from peers, beside or instead of the CA.</summary>
    public const string TlsAllowedThumbprints = "Keel:Tls:AllowedThumbprints";

    public const string SiloPort = "Keel:SiloPort";
    public const string GatewayPort = "Keel:GatewayPort";
    public const string ClusterId = "Keel:ClusterId";
    public const string ServiceId = "Keel:ServiceId";
    public const string DashboardEnabled = "Keel:Dashboard:Enabled";
    public const string AdminEnabled = "Keel:Admin:Enabled";

    /// <summary>How often a lasting outage of a dependency (PostgreSQL, the cluster) is counted in the log (default 10 s).</summary>
    public const string OutageReportInterval = "Keel:Outages:ReportInterval";

    /// <summary>Entries in the silo's grain-directory cache (where recently called grains live).</summary>
    public const string DirectoryCacheSize = "Keel:DirectoryCacheSize";

    /// <summary>
    /// Orleans keeps up to 1,000,000 entries; Keel's aggregates are mostly short-lived, so each registration left
    /// entries behind: the PostgreSQL-mode process grew about 1 KB per registration under load (bench/soak.sh:
    /// 197 → 431 MiB in 2 minutes; with 10,000 entries 180 → 186 MiB).
    /// </summary>
    public const int DefaultDirectoryCacheSize = 10_000;

    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    /// <summary>The environment variable that sets <paramref name="key"/>.</summary>
    public static string EnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
