using Keel.Domain.Users;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Email;
using Keel.Grains.Users;
using Keel.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>Two silos with different <c>Keel:Services</c>: each service's grains activate only where it is hosted.</summary>
public sealed class ServiceRoleTests : IAsyncLifetime
{
    private static readonly string[] Roles = ["users", "email"];

    private readonly RecordingMailSender _mail = new();
    private readonly RolesCluster _cluster;

    public ServiceRoleTests() => _cluster = new RolesCluster(_mail);

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

    private SiloAddress SiloHosting(string services) => _cluster.Silo(Array.IndexOf(Roles, services)).SiloAddress;

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    /// <summary>Silo 0 hosts the Users service, silo 1 the Email service.</summary>
    private sealed class RolesCluster(RecordingMailSender mail) : KeelCluster(2)
    {
        protected override void ConfigureSilo(int silo, IServiceCollection services, IDictionary<string, string?> settings)
        {
            services.AddSingleton<IMailSender>(mail);
            settings[KeelSettings.Services] = Roles[silo];
        }
    }
}
