using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Games;
using Keel.Grains.Lobby;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Keel.Grains.Tests;

/// <summary>A <c>lobby</c> silo and a <c>games</c> silo: rooms live on the first, games on the second, by settings alone.</summary>
public sealed class LobbyServiceRoleTests : IAsyncLifetime
{
    private readonly InProcessTestCluster _cluster;
    private readonly Dictionary<string, string> _roles = [];

    public LobbyServiceRoleTests()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureClient(client => client.AddKeelWire());
        builder.ConfigureSilo((options, silo) =>
        {
            var services = _roles.Count == 0 ? "lobby" : "games";
            _roles[options.SiloName] = services;
            silo.AddKeelServices(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [KeelSettings.Services] = services })
                .Build());
        });
        _cluster = builder.Build();
    }

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
        Assert.All(gameActivations, a => Assert.Equal(SiloHosting("games"), a.SiloAddress));
    }

    private SiloAddress SiloHosting(string services) => _cluster.Silos.Single(s => _roles[s.Name] == services).SiloAddress;

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
