using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Keel.Grains.Hosting;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;

namespace Keel.Integration.Tests;

/// <summary>
/// Real Silo and Api processes over mutual TLS (<c>Keel:Tls</c>): two silos and a client Api work end to end, and a
/// client without Keel's certificate cannot join, with the refusal in the silo's log in a few lines.
/// </summary>
public sealed class TlsClusterTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly PostgresDatabase _database = new();
    private readonly TestCertificates _certificates = new();
    private readonly KeelProcesses _processes = new();
    private readonly List<DirectoryInfo> _folders = [];

    [Fact]
    public async Task TwoSilosAndAClientApiWorkOverMutualTls()
    {
        var mail = NewFolder();
        var gatewayPort = PostgresApiFactory.FreePort();
        var usersSilo = await StartSiloAsync(Cluster("users").Plus(_certificates.SiloA.Settings(_certificates.CaPath)).With(KeelSettings.GatewayPort, gatewayPort));
        await StartSiloAsync(Cluster("email", mail).Plus(_certificates.SiloB.Settings(_certificates.CaPath)));
        // The client pins the three certificates by thumbprint instead of trusting the CA.
        var pinned = string.Join(",", _certificates.SiloA.Thumbprint, _certificates.SiloB.Thumbprint, _certificates.Client.Thumbprint);
        var api = await _processes.StartAsync(KeelProcess.StartApiAsync(
            Cluster().With(KeelSettings.Mode, "Client").Plus(_certificates.Client.Settings(thumbprints: pinned))));
        using var http = api.CreateClient();

        var address = $"tls-{Guid.NewGuid():N}@example.com";
        var registered = await http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var user = (await registered.Content.ReadFromJsonAsync<UserView>())!;
        Assert.Equal(user, await http.GetFromJsonAsync<UserView>($"/api/v1/users/{user.UserId}"));
        // The welcome mail: the users silo's event reached the Email service's grain on the other silo.
        var messages = await Eventually.GetAsync(
            async () => (await http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={address}"))!,
            m => m.Length == 1, Deadline, $"the welcome mail to {address}");
        Assert.Single(mail.GetFiles("*.eml"));
        Assert.Equal(address, messages[0].To);

        // The gateway speaks TLS, with silo A's certificate (the handshake checks it), to a client with Keel's certificate.
        using var tls = await HandshakeAsync(int.Parse(gatewayPort, System.Globalization.CultureInfo.InvariantCulture), _certificates.Client, _certificates.SiloA.Thumbprint);
        Assert.True(tls.IsMutuallyAuthenticated);
        Assert.Equal("Orleans1", tls.NegotiatedApplicationProtocol.ToString());
        Assert.Equal(2, await _database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
        Assert.DoesNotContain("Refused a TLS connection", usersSilo.Output, StringComparison.Ordinal);

        // The silo port refuses what the gateway refuses: a certificate Keel's CA did not sign.
        // (Under TLS 1.3 the client's side of the handshake completes before the server has checked its certificate.)
        _ = await Record.ExceptionAsync(async () =>
        {
            using var rogue = await HandshakeAsync(usersSilo.SiloPort, _certificates.Rogue, _certificates.SiloA.Thumbprint);
            using var wait = new CancellationTokenSource(Deadline);
            await rogue.ReadExactlyAsync(new byte[1], wait.Token);
        });
        await LogsAsync(usersSilo,
            new Regex(Regex.Escape($"(to 127.0.0.1:{usersSilo.SiloPort}): certificate 'CN=keel-api' (SHA-256 {_certificates.Rogue.Thumbprint}) is not signed by Keel:Tls:CA")),
            "the users silo refusing a rogue certificate on its silo port");
    }

    [Fact]
    public Task AClientApiWithoutACertificateCannotJoin() =>
        AssertRefusedAsync(new Dictionary<string, string>(), "it does not speak TLS \\(no Keel:Tls settings\\?\\)");

    /// <summary>The rogue client trusts the silo's certificate (by its thumbprint), but the silo does not trust the client's.</summary>
    [Fact]
    public Task AClientApiWithACertificateFromAnotherCaCannotJoin() =>
        AssertRefusedAsync(
            _certificates.Rogue.Settings(thumbprints: $"{_certificates.Rogue.Thumbprint},{_certificates.SiloA.Thumbprint}"),
            $"certificate 'CN=keel-api' \\(SHA-256 {_certificates.Rogue.Thumbprint}\\) is not signed by Keel:Tls:CA");

    /// <summary>
    /// A silo over TLS and a client Api with <paramref name="clientTls"/>: the silo refuses the client (its log says
    /// why, matching <paramref name="reason"/>, and counts the retries, with no stack trace), and the Api is never ready.
    /// </summary>
    private async Task AssertRefusedAsync(Dictionary<string, string> clientTls, string reason)
    {
        var silo = await StartSiloAsync(Cluster("users,email").Plus(_certificates.SiloA.Settings(_certificates.CaPath))
            .With(KeelSettings.OutageReportInterval, "00:00:02"));
        var api = await _processes.StartAsync(KeelProcess.StartApiAsync(Cluster().With(KeelSettings.Mode, "Client").Plus(clientTls), waitUntilReady: false));
        using var http = api.CreateClient();

        var refused = new Regex($"Refused a TLS connection from 127\\.0\\.0\\.1:\\d+ \\(to [^)]+\\): ({reason})");
        await LogsAsync(silo, refused, "the silo's line refusing the client");
        // The client keeps trying: the count that follows the first line shows it did, and still got nowhere.
        var again = new Regex($"Still refusing TLS connections from 127\\.0\\.0\\.1: \\d+ in the last \\d+\\.\\d s; ({reason})");
        await LogsAsync(silo, again, "the silo counting the client's further attempts");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health")).StatusCode);

        var output = silo.Output;
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Authentication failed", output, StringComparison.Ordinal);
        Assert.Single(refused.Matches(output));
    }

    private static async Task LogsAsync(KeelProcess process, Regex line, string what)
    {
        try
        {
            await Eventually.HoldsAsync(() => line.IsMatch(process.Output), Deadline, $"{what}, matching {line}");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Its output:\n{process.Output}", timeout);
        }
    }

    private static async Task<SslStream> HandshakeAsync(int port, NodeCertificate certificate, string serverThumbprint)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var stream = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, served, _, _) =>
            served is not null && X509CertificateLoader.LoadCertificate(served.GetRawCertData()).GetCertHashString(HashAlgorithmName.SHA256) == serverThumbprint);
        using var client = X509CertificateLoader.LoadPkcs12FromFile(certificate.Path, certificate.Password);
        await stream.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "keel",
            ClientCertificates = [client],
            ApplicationProtocols = [new SslApplicationProtocol("Orleans1")],
        });
        return stream;
    }

    private Dictionary<string, string> Cluster(string? services = null, DirectoryInfo? mail = null)
    {
        var settings = new Dictionary<string, string>
        {
            [KeelSettings.Storage] = "Postgres",
            [KeelSettings.PostgresConnectionString] = _database.ConnectionString,
            [KeelSettings.ServiceId] = "keel-tls-test",
        };
        if (services is not null)
        {
            settings[KeelSettings.Services] = services;
            settings["Keel:Mail:PickupDirectory"] = (mail ?? NewFolder()).FullName;
        }
        return settings;
    }

    private Task<KeelProcess> StartSiloAsync(Dictionary<string, string> settings) => _processes.StartAsync(KeelProcess.StartSiloAsync(settings));

    private DirectoryInfo NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("keel-tls-mail-");
        _folders.Add(folder);
        return folder;
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _processes.StopAllAsync();
        await _database.DisposeAsync();
        _certificates.Delete();
        _folders.ForEach(f => f.Delete(recursive: true));
    }
}

internal static class TlsSettingsExtensions
{
    public static Dictionary<string, string> Plus(this Dictionary<string, string> settings, Dictionary<string, string> more)
    {
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }
        return settings;
    }
}
