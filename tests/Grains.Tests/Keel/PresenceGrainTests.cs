using Microsoft.Extensions.DependencyInjection;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Grains.Tests;

/// <summary>
/// The presence grain on its own silo with short periods: a process not heard of for three heartbeats (it died)
/// holds no connection, one that keeps renewing does, and the Lobby is told either way.
/// </summary>
public sealed class PresenceGrainTests : IClassFixture<PresenceGrainTests.ShortPresence>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly ShortPresence _cluster;

    public PresenceGrainTests(ShortPresence cluster) => _cluster = cluster;

    private static string NewPlayer() => $"presence-{Guid.NewGuid():N}"[..24];

    private Task<PlayerView> PlayerAsync(string player) => _cluster.Client.GetGrain<IPlayerGrain>(player).GetAsync();

    [Fact]
    public async Task ACallerOfAProcessThatStoppedRenewingGoesOfflineWhileOneThatRenewsStaysOnline()
    {
        var (renewed, abandoned) = (NewPlayer(), NewPlayer());
        await _cluster.Client.GetGrain<IPresenceGrain>(renewed).ConnectedAsync("process-alive");
        await _cluster.Client.GetGrain<IPresenceGrain>(abandoned).ConnectedAsync("process-dead");
        Assert.True((await PlayerAsync(renewed)).Online);
        Assert.True((await PlayerAsync(abandoned)).Online);

        using var renewing = new CancellationTokenSource();
        var heartbeats = Task.Run(async () =>
        {
            while (!renewing.IsCancellationRequested)
            {
                await _cluster.Client.GetGrain<IPresenceGrain>(renewed).ConnectedAsync("process-alive");
                await Task.Delay(ShortPresence.Heartbeat, CancellationToken.None);
            }
        });
        // The abandoned caller going offline is the marker that three heartbeats and the grace have passed.
        await Eventually.GetAsync(() => PlayerAsync(abandoned), view => !view.Online, Deadline, "the dead process's caller offline");
        Assert.True((await PlayerAsync(renewed)).Online, "the renewing process's caller is still online");
        Assert.True(await _cluster.Client.GetGrain<IPresenceGrain>(renewed).IsOnlineAsync());
        Assert.False(await _cluster.Client.GetGrain<IPresenceGrain>(abandoned).IsOnlineAsync());
        await renewing.CancelAsync();
        await heartbeats;
    }

    [Fact]
    public async Task ACallerIsOnlineWhileAnyProcessHoldsAConnectionAndTheGraceRunsOnlyWhenNoneDoes()
    {
        var player = NewPlayer();
        var presence = _cluster.Client.GetGrain<IPresenceGrain>(player);
        await presence.ConnectedAsync("one");
        await presence.ConnectedAsync("two");
        await presence.DisconnectedAsync("one");
        var marker = NewPlayer();
        await _cluster.Client.GetGrain<IPresenceGrain>(marker).ConnectedAsync("three");
        await _cluster.Client.GetGrain<IPresenceGrain>(marker).DisconnectedAsync("three");
        await Eventually.GetAsync(() => PlayerAsync(marker), view => !view.Online, Deadline, "the marker offline after the grace");
        Assert.True((await PlayerAsync(player)).Online, "process two still holds a connection");

        await presence.DisconnectedAsync("two");
        await Eventually.GetAsync(() => PlayerAsync(player), view => !view.Online, Deadline, "offline once no process holds one");
    }

    [Fact]
    public async Task ACloseHeardByAnActivationThatNeverHeardTheOpenStillMakesTheCallerOffline()
    {
        var player = NewPlayer();
        await _cluster.Client.GetGrain<IPlayerGrain>(player).GoOnlineAsync(); // as if told by an activation since lost

        await _cluster.Client.GetGrain<IPresenceGrain>(player).DisconnectedAsync("process-one");

        await Eventually.GetAsync(() => PlayerAsync(player), view => !view.Online, Deadline, "offline after the grace");
    }

    /// <summary>Heartbeats every 200 ms (a process is dropped after 600 ms without one), a grace of 200 ms.</summary>
    public sealed class ShortPresence : KeelCluster
    {
        public static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(200);

        protected override void ConfigureSilo(int silo, IServiceCollection services, IDictionary<string, string?> settings)
        {
            settings["Keel:Presence:Grace"] = "00:00:00.2";
            settings["Keel:Presence:Heartbeat"] = "00:00:00.2";
        }
    }
}
