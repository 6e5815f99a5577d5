using Keel.Contracts.Mail;
using Keel.Contracts.Users;

namespace Keel.Grains.Tests;

[Collection(IsolatedClusterCollection.Name)]
public class ActivationLifetimeTests(ClusterFixture fixture)
{
    private static readonly string[] OneShotGrains = ["UserGrain", "EmailOwnershipGrain", "MailboxGrain", "WelcomeMailSubscription"];

    [Fact]
    public async Task RegistrationsLeaveNoActivationsBehind()
    {
        var addresses = Enumerable.Range(0, 100).Select(i => $"lifetime-{i}-{Guid.NewGuid():N}@example.com").ToArray();
        await Task.WhenAll(addresses.Select(a =>
            fixture.Client.GetGrain<IUserGrain>(Guid.CreateVersion7()).RegisterAsync(new RegisterUser(a, "Ada"))));
        await Eventually.Get(() => Task.FromResult(addresses.Count(a => fixture.Mail.SentTo(a).Count > 0)), n => n == addresses.Length);

        // Reading the mailboxes would activate them again: count sends, not messages. Without self-deactivation
        // 400 activations would stay for the collection age (minutes).
        var remaining = await Eventually.Get(CountOneShotActivationsAsync, n => n < 20);

        var stats = await fixture.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        Assert.True(remaining < 20, $"{remaining} activations of one-shot grains remain after 100 registrations: " + string.Join(", ", stats.Select(s => $"{s.GrainType}={s.ActivationCount}")));
    }

    private async Task<int> CountOneShotActivationsAsync()
    {
        var statistics = await fixture.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics
            .Where(s => OneShotGrains.Any(name => s.GrainType.Contains(name, StringComparison.Ordinal)))
            .Sum(s => s.ActivationCount);
    }

    [Fact]
    public async Task ActivationsAreCountedByTheStatisticsThisTestReliesOn()
    {
        var mailbox = fixture.Client.GetGrain<IMailboxGrain>($"probe-{Guid.NewGuid():N}@example.com");
        var before = await CountOneShotActivationsAsync();

        await mailbox.GetMessagesAsync();

        Assert.True(await CountOneShotActivationsAsync() > before);
    }
}
