using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Games;
using Keel.Grains.Lobby;
using Keel.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>A <c>lobby</c> silo and a <c>games,wallet</c> silo: rooms live on the first, games on the second, by settings alone.</summary>
public sealed class LobbyServiceRoleTests : IAsyncLifetime
{
    private static readonly string[] Roles = ["lobby", "games,wallet"];

    private readonly RolesCluster _cluster = new();

    [Fact]
    public async Task RoomsLiveOnTheLobbySilosAndGamesOnTheGamesSilos()
    {
        var rooms = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var opened = await _cluster.Client.GetGrain<IPlayerGrain>($"host-{i}-{Guid.NewGuid():N}").JoinAsync(new JoinRoom("friends:new:2"));
            var joined = await _cluster.Client.GetGrain<IPlayerGrain>($"guest-{i}-{Guid.NewGuid():N}").JoinAsync(new JoinRoom(opened.Value!.Room.Address));
            Assert.Equal(RoomStatus.Playing, joined.Value?.Room.Status);
            rooms.Add(opened.Value.Room.RoomId);
        }
        foreach (var room in rooms)
        {
            await Eventually.GetAsync(() => _cluster.Client.GetGrain<IGameGrain>(room).GetAsync(), g => g is not null,
                TimeSpan.FromSeconds(10), $"the game of {room}");
        }
        // Reads keep activations alive long enough to see where they are.
        await Task.WhenAll(rooms.Select(r => _cluster.Client.GetGrain<IRoomGrain>(r).GetAsync()));
        var activations = await _cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();

        var roomActivations = activations.Where(a => a.GrainType.Contains(nameof(RoomGrain), StringComparison.Ordinal)).ToArray();
        var gameActivations = activations.Where(a => a.GrainType.Contains(nameof(GameGrain), StringComparison.Ordinal)).ToArray();
        Assert.Equal(rooms.Count, roomActivations.Length);
        Assert.All(roomActivations, a => Assert.Equal(SiloHosting("lobby"), a.SiloAddress));
        Assert.NotEmpty(gameActivations);
        Assert.All(gameActivations, a => Assert.Equal(SiloHosting("games,wallet"), a.SiloAddress));
    }

    private SiloAddress SiloHosting(string services) => _cluster.Silo(Array.IndexOf(Roles, services)).SiloAddress;

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    /// <summary>Silo 0 hosts the Lobby service, silo 1 the Games and Wallet services (every service that reacts to the Lobby is hosted).</summary>
    private sealed class RolesCluster() : KeelCluster(2)
    {
        protected override void ConfigureSilo(int silo, IServiceCollection services, IDictionary<string, string?> settings) =>
            settings[KeelSettings.Services] = Roles[silo];
    }
}
