using Keel.Domain.Users;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Tests;

[Collection(IsolatedClusterCollection.Name)]
public class ActivationLifetimeTests(ClusterFixture fixture)
{
    private static readonly string[] OneShotGrains = ["UserGrain", "EmailOwnershipGrain", "MailboxGrain"];
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RegistrationsLeaveNoActivationsBehind()
    {
        var addresses = Enumerable.Range(0, 300).Select(i => $"lifetime-{i}-{Guid.NewGuid():N}@example.com").ToArray();
        await Task.WhenAll(addresses.Select(a =>
            fixture.Client.GetGrain<IUserGrain>(Guid.CreateVersion7()).RegisterAsync(new RegisterUser(EmailAddress.Parse(a), PersonName.Parse("Ada")))));
        await Eventually.GetAsync(() => Task.FromResult(addresses.Count(a => fixture.Mail.SentTo(a).Count > 0)), n => n == addresses.Length,
            Deadline, $"a welcome mail sent to each of the {addresses.Length} addresses", n => $"{n} of them mailed");

        // Reading the mailboxes would activate them again: count sends, not messages. Without self-deactivation
        // 900 activations would stay for the collection age (minutes). The subscription has one activation per
        // delivery bucket, however many users.
        var subscriptions = (await fixture.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("WelcomeMailSubscription", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
        Assert.InRange(subscriptions, 1, Messaging.DeliveryStreams.Buckets);
        await Eventually.GetAsync(() => fixture.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics(), s => OneShotActivations(s) < 20,
            Deadline, "fewer than 20 activations of one-shot grains left after 300 registrations",
            s => $"{OneShotActivations(s)} remain; " + string.Join(", ", s.Select(g => $"{g.GrainType}={g.ActivationCount}")));
    }

    private async Task<int> CountOneShotActivationsAsync() =>
        OneShotActivations(await fixture.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics());

    private static int OneShotActivations(SimpleGrainStatistic[] statistics) => statistics
        .Where(s => OneShotGrains.Any(name => s.GrainType.Contains(name, StringComparison.Ordinal)))
        .Sum(s => s.ActivationCount);

    [Fact]
    public async Task ActivationsAreCountedByTheStatisticsThisTestReliesOn()
    {
        var mailbox = fixture.Client.GetGrain<IMailboxGrain>($"probe-{Guid.NewGuid():N}@example.com");
        var before = await CountOneShotActivationsAsync();

        await mailbox.GetMessagesAsync();

        Assert.True(await CountOneShotActivationsAsync() > before);
    }
}
