using Keel.Domain.Users;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Email;
using Keel.Grains.Users;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Keel.Grains.Tests;

/// <summary>Two silos with different <c>Keel:Services</c>: each service's grains activate only where it is hosted.</summary>
public sealed class ServiceRoleTests : IAsyncLifetime
{
    private readonly RecordingMailSender _mail = new();
    private readonly InProcessTestCluster _cluster;
    private readonly Dictionary<string, string> _roles = [];

    public ServiceRoleTests()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureClient(client => client.AddKeelWire());
        builder.ConfigureSilo((options, silo) =>
        {
            var services = _roles.Count == 0 ? "users" : "email";
            _roles[options.SiloName] = services;
            silo.Services.AddSingleton<IMailSender>(_mail);
            silo.AddKeelServices(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [KeelSettings.Services] = services })
                .Build());
        });
        _cluster = builder.Build();
    }

    [Fact]
    public async Task EachServicesGrainsLiveOnlyOnTheSilosThatHostIt()
    {
        var addresses = Enumerable.Range(0, 20).Select(i => $"role-{i}-{Guid.NewGuid():N}@example.com").ToArray();
        var users = addresses.Select(_ => _cluster.Client.GetGrain<IUserGrain>(Guid.CreateVersion7())).ToArray();
        await Task.WhenAll(users.Zip(addresses).Select(p => p.First.RegisterAsync(new RegisterUser(EmailAddress.Parse(p.Second), PersonName.Parse("Ada")))));
        await Eventually.GetAsync(() => Task.FromResult(addresses.Count(a => _mail.SentTo(a).Count > 0)), n => n == addresses.Length,
            TimeSpan.FromSeconds(10), $"a welcome mail sent to each of the {addresses.Length} addresses",
            n => $"{n} of them mailed");

        // Reads keep activations alive long enough to see where they are.
        await Task.WhenAll(users.Select(u => u.GetAsync()));
        await Task.WhenAll(addresses.Select(a => _cluster.Client.GetGrain<IMailboxGrain>(a).GetMessagesAsync()));
        var activations = await _cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();

        var usersSilo = SiloHosting("users");
        var emailSilo = SiloHosting("email");
        var userActivations = activations.Where(a => a.GrainType.Contains(nameof(UserGrain), StringComparison.Ordinal)).ToArray();
        var mailboxActivations = activations.Where(a => a.GrainType.Contains(nameof(MailboxGrain), StringComparison.Ordinal)).ToArray();
        Assert.Equal(users.Length, userActivations.Length);
        Assert.All(userActivations, a => Assert.Equal(usersSilo, a.SiloAddress));
        Assert.Equal(addresses.Length, mailboxActivations.Length);
        Assert.All(mailboxActivations, a => Assert.Equal(emailSilo, a.SiloAddress));
    }

    private SiloAddress SiloHosting(string services) =>
        _cluster.Silos.Single(s => _roles[s.Name] == services).SiloAddress;

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
