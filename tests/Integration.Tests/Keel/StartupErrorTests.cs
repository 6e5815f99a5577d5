using System.Net;
using System.Net.Sockets;
using Keel.Grains.Hosting;
using Npgsql;

namespace Keel.Integration.Tests;

/// <summary>
/// Every start-up mistake, made to the real processes: one line on standard error naming the setting, what is wrong
/// and how to fix it; exit code 1; no stack trace anywhere in the output.
/// </summary>
public sealed class StartupErrorTests(StartupPostgres postgres) : IClassFixture<StartupPostgres>, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly TestCertificates _certificates = new();

    [Fact]
    public Task AnUnknownModeIsOneLine() =>
        AssertOneLineAsync("Api", new() { [KeelSettings.Mode] = "Bogus" }, "Keel:Mode: 'Bogus' is not a mode; set it to CoHosted");

    [Fact]
    public Task AnUnknownStorageIsOneLine() =>
        AssertOneLineAsync("Api", new() { [KeelSettings.Storage] = "Bogus" }, "Keel:Storage: 'Bogus' is not a storage; set it to Memory");

    [Fact]
    public Task PostgresWithoutAConnectionStringIsOneLine() =>
        AssertOneLineAsync("Api", new() { [KeelSettings.Storage] = "Postgres" },
            "ConnectionStrings:Postgres: not set, but Keel:Storage is Postgres; set it to an Npgsql connection string");

    [Fact]
    public Task AMalformedConnectionStringIsOneLine() =>
        AssertOneLineAsync("Api", Postgres("Host=127.0.0.1;Colour=blue"),
            "ConnectionStrings:Postgres: not a valid connection string ('colour' is unknown or has a bad value); write it as Key=Value pairs");

    [Fact]
    public Task AClientWithoutPostgresIsOneLine() =>
        AssertOneLineAsync("Api", new() { [KeelSettings.Mode] = "Client" },
            "Keel:Mode: Client needs a cluster to join, and a cluster keeps its membership in PostgreSQL; set Keel:Storage=Postgres");

    [Fact]
    public Task AnUnknownServiceIsOneLine() =>
        AssertOneLineAsync("Silo", new() { [KeelSettings.Services] = "users,nosuch" },
            "Keel:Services: no service is called nosuch; name services this build has (email, games, lobby, statistics, users, wallet) or * for all.");

    [Fact]
    public Task NoWayToCheckTokensOutsideDevelopmentIsOneLine() =>
        AssertOneLineAsync("Api", new() { ["Keel:Auth:SigningKey"] = "" },
            "Keel:Auth:SigningKey: neither it nor Keel:Auth:Authority is set, so the Api cannot check bearer tokens; set it to a base64 key");

    [Fact]
    public Task ASigningKeyThatIsTooShortIsOneLine() =>
        AssertOneLineAsync("Api", new() { ["Keel:Auth:SigningKey"] = "c2hvcnQ=" },
            "Keel:Auth:SigningKey: has 5 bytes, fewer than 32; create a key with: openssl rand -base64 32.");

    [Fact]
    public Task APortThatIsNoNumberIsOneLine() =>
        AssertOneLineAsync("Api", new() { [KeelSettings.SiloPort] = "abc" },
            "Keel:SiloPort: 'abc' is not a port number; use a whole number from 1 to 65535.");

    [Fact]
    public async Task AnUnreachableDatabaseIsOneLine()
    {
        var port = PostgresApiFactory.FreePort(); // nothing listens there
        await AssertOneLineAsync("Api", Postgres($"Host=127.0.0.1;Port={port};Username=postgres;Database=keel"),
            $"ConnectionStrings:Postgres: PostgreSQL at 127.0.0.1:{port} is unreachable (Connection refused); start the server, or correct Host and Port.");
    }

    [Fact]
    public Task AWrongPasswordIsOneLine() =>
        AssertOneLineAsync("Api", Postgres(Server(username: StartupPostgres.PasswordRole, password: "a-wrong-one")),
            $"ConnectionStrings:Postgres: PostgreSQL at 127.0.0.1:{Port} refused user '{StartupPostgres.PasswordRole}': authentication failed; " +
            "correct Username and Password");

    [Fact]
    public Task AMissingDatabaseIsOneLine() =>
        AssertOneLineAsync("Api", Postgres(Server(database: "keel_nosuch")),
            $"ConnectionStrings:Postgres: database 'keel_nosuch' does not exist on PostgreSQL at 127.0.0.1:{Port}; create it");

    [Fact]
    public async Task ASiloPortInUseIsOneLine()
    {
        using var taken = Listen(out var port);
        await AssertOneLineAsync("Silo", new() { [KeelSettings.SiloPort] = port },
            $"Keel:SiloPort: port {port} on 127.0.0.1 is in use by another process; choose a free port");
    }

    [Fact]
    public async Task AGatewayPortInUseIsOneLine()
    {
        using var taken = Listen(out var port);
        await AssertOneLineAsync("Silo", new() { [KeelSettings.GatewayPort] = port },
            $"Keel:GatewayPort: port {port} on 127.0.0.1 is in use by another process; choose a free port");
    }

    [Fact]
    public async Task AnHttpPortInUseIsOneLine()
    {
        using var taken = Listen(out var port);
        await AssertOneLineAsync("Api", new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" },
            $"ASPNETCORE_URLS (--urls, Kestrel:Endpoints): http://127.0.0.1:{port} (port {port}) is in use by another process; choose a free port");
    }

    /// <summary>192.0.2.10 is a documentation address: nothing is sent to it, the silo stops before it binds a port.</summary>
    [Fact]
    public Task ANonLoopbackAddressWithoutTlsIsOneLine() =>
        AssertOneLineAsync("Silo", Postgres(postgres.ConnectionString).Plus(new() { [KeelSettings.AdvertisedAddress] = "192.0.2.10" }),
            "Keel:Tls:Certificate: not set, but Keel:AdvertisedAddress is 192.0.2.10, so the silo and gateway ports would accept anyone on the network, " +
            "unauthenticated and unencrypted; set it to this node's certificate and Keel:Tls:CA");

    [Fact]
    public Task AMissingCertificateIsOneLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"keel-nosuch-{Guid.NewGuid():N}.pfx");
        return AssertOneLineAsync("Silo", new() { [KeelSettings.TlsCertificate] = path, [KeelSettings.TlsCertificateAuthority] = _certificates.CaPath },
            $"Keel:Tls:Certificate: {path} does not exist; set it to this node's certificate");
    }

    [Fact]
    public Task AMalformedCertificateIsOneLine()
    {
        var path = _certificates.Write("garbage.pfx", "not a certificate");
        return AssertOneLineAsync("Silo", new() { [KeelSettings.TlsCertificate] = path, [KeelSettings.TlsCertificateAuthority] = _certificates.CaPath },
            $"Keel:Tls:Certificate: {path} is neither a PKCS#12 (.pfx) file nor a PEM certificate; set it to this node's certificate");
    }

    [Fact]
    public Task AWrongCertificatePasswordIsOneLine() =>
        AssertOneLineAsync("Silo", (_certificates.SiloA with { Password = "a-wrong-one" }).Settings(_certificates.CaPath),
            $"Keel:Tls:Password: does not open {_certificates.SiloA.Path} (");

    [Fact]
    public Task APemCertificateWithoutItsKeyIsOneLine() =>
        AssertOneLineAsync("Silo", (_certificates.SiloB with { KeyPath = null }).Settings(_certificates.CaPath),
            $"Keel:Tls:Key: {_certificates.SiloB.Path} holds no private key of the certificate in {_certificates.SiloB.Path}");

    [Fact]
    public Task TlsWithoutATrustAnchorIsOneLine() =>
        AssertOneLineAsync("Silo", _certificates.SiloA.Settings(),
            "Keel:Tls:CA: not set, nor Keel:Tls:AllowedThumbprints, so nothing says which certificates are Keel's; set it to the PEM file of the CA");

    [Fact]
    public Task ACertificateAnotherCaSignedIsOneLine() =>
        AssertOneLineAsync("Silo", _certificates.Rogue.Settings(_certificates.CaPath),
            $"Keel:Tls:CA: this node's certificate 'CN=keel-api' (SHA-256 {_certificates.Rogue.Thumbprint}) is not signed by Keel:Tls:CA, " +
            "so the other nodes would refuse it");

    [Fact]
    public Task AnExpiredCertificateIsOneLine() =>
        AssertOneLineAsync("Silo", _certificates.Expired.Settings(_certificates.CaPath),
            $"Keel:Tls:Certificate: this node's certificate 'CN=keel-expired' (SHA-256 {_certificates.Expired.Thumbprint}) is valid only from ");

    [Fact]
    public Task AClientApiWithAMalformedThumbprintIsOneLine() =>
        AssertOneLineAsync("Api", Postgres(postgres.ConnectionString).Plus(new() { [KeelSettings.Mode] = "Client" })
                .Plus(_certificates.Client.Settings(thumbprints: "AB:CD")),
            "Keel:Tls:AllowedThumbprints: 'AB:CD' is not a SHA-256 thumbprint; list 64 hex digits per certificate");

    /// <summary>The same mistake with Debug logging on: the details (the exception) are there for whoever asks.</summary>
    [Fact]
    public async Task TheDetailsAreLoggedAtDebug()
    {
        var exit = await KeelProcess.RunUntilExitAsync("Api",
            new Dictionary<string, string> { [KeelSettings.Mode] = "Bogus", ["Logging:LogLevel:Keel.Startup"] = "Debug" }, Deadline);

        Assert.Equal(1, exit.ExitCode);
        Assert.Contains("Keel.Grains.Hosting.KeelStartupException: Keel:Mode: 'Bogus' is not a mode", exit.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("   at ", exit.StandardOutput, StringComparison.Ordinal);
    }

    internal static async Task AssertOneLineAsync(string project, Dictionary<string, string> settings, string expected)
    {
        var exit = await KeelProcess.RunUntilExitAsync(project, settings, Deadline);

        var everything = $"exit code {exit.ExitCode}\nstdout:\n{exit.StandardOutput}\nstderr:\n{exit.StandardError}";
        var lines = exit.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (exit.ExitCode != 1 || lines.Length != 1)
        {
            Assert.Fail($"Expected exit code 1 and one line on stderr; got {everything}");
        }
        Assert.StartsWith($"Keel could not start: {expected}", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", exit.StandardOutput + exit.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", exit.StandardOutput, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Postgres(string connectionString) => new()
    {
        [KeelSettings.Storage] = "Postgres",
        [KeelSettings.PostgresConnectionString] = connectionString,
    };

    private int Port => new NpgsqlConnectionStringBuilder(postgres.ConnectionString).Port;

    private string Server(string? username = null, string? password = null, string? database = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        builder.Username = username ?? builder.Username;
        builder.Password = password ?? builder.Password;
        builder.Database = database ?? builder.Database;
        return builder.ConnectionString;
    }

    public void Dispose() => _certificates.Delete();

    private static TcpListener Listen(out string port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return listener;
    }
}
