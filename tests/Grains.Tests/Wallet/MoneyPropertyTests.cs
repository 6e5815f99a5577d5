using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.EventLog;
using Keel.Grains.Hosting;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces.Wallet;
using Keel.Grains.Messaging;
using Keel.Grains.Wallet;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>
/// Money moves once (issue 19, item 3), as a property: random games played through the Lobby, the Games and the
/// Wallet, with every event of a finished game delivered again — often stopped part-way, as a process killed between
/// two steps would leave it, then delivered whole as the stream's retry would — and all activations dropped now and
/// then (their state comes back from the log). However that goes, the money of all wallets and the house never
/// changes, and once every game has ended no hold is left. On both storages.
/// </summary>
public abstract class MoneyPropertyTests(KeelCluster fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RandomGamesRedeliveriesAndCrashesNeverCreateOrLoseMoney(int seed)
    {
        var random = new Random(seed);
        var client = fixture.Client;
        var log = fixture.Silo(0).ServiceProvider.GetRequiredService<IEventLogReader>();
        var run = Guid.NewGuid().ToString("N")[..6];
        var players = Enumerable.Range(0, 6).Select(i => $"p{i}-{run}").ToArray();
        var houseBefore = (await client.GetGrain<IWalletGrain>(WalletService.House).GetAsync()).Balance;
        var games = new List<string>();
        var redelivered = 0;
        var crashed = 0;

        for (var round = 0; round < 6; round++)
        {
            var seats = random.Next(2, 4);
            var table = players.OrderBy(_ => random.Next()).Take(seats).ToArray();
            var room = (await Join(table[0], $"friends:new:{seats}")).Room;
            // Someone sits down and leaves again before the room fills: their buy-in comes back.
            if (seats > 2 && players.Except(table).FirstOrDefault() is { } passer && random.Next(2) == 0)
            {
                await Join(passer, room.Address);
                await client.GetGrain<IPlayerGrain>(passer).LeaveAllRoomsAsync();
            }
            foreach (var player in table.Skip(1))
            {
                await Join(player, room.Address);
            }
            var match = client.GetGrain<IMatchGrain>(room.RoomId);
            await Eventually.HoldsAsync(async () => await match.GetAsync() is not null, Deadline, $"the match of {room.RoomId} dealt");
            var winner = table[random.Next(seats)];
            foreach (var loser in table.Where(p => p != winner))
            {
                Assert.True((await match.ResignAsync(new MatchCommand.Resign(PlayerId.Parse(loser)))).IsAccepted);
            }
            games.Add(room.RoomId);
            await Eventually.HoldsAsync(async () => await client.GetGrain<IPotGrain>(room.RoomId).GetAsync() is { PaidOut: true } pot && pot.Winner == winner,
                Deadline, $"the pot of {room.RoomId} paid to {winner}");

            // Every event of this game once more: each delivery may stop after a random step, and is then delivered whole.
            foreach (var (stream, @namespace) in new[] { ($"keel.lobby.room/{room.RoomId}", LobbyService.Name), ($"keel.games.match/{room.RoomId}", GamesService.Name) })
            {
                foreach (var envelope in (await log.LoadAsync(stream)).Events)
                {
                    if (random.Next(3) == 0)
                    {
                        crashed += await DeliverAsync(envelope, @namespace, stepsBeforeCrash: random.Next(0, 4)) ? 0 : 1;
                    }
                    await DeliverAsync(envelope, @namespace, stepsBeforeCrash: int.MaxValue);
                    redelivered++;
                }
            }
            if (random.Next(2) == 0)
            {
                await client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero); // every activation reloads from the log
            }
        }

        var wallets = await Eventually.GetAsync(
            () => Task.WhenAll(players.Select(p => client.GetGrain<IWalletGrain>(p).GetAsync())),
            views => views.All(v => v.Holds.Count == 0), Deadline, "no hold left once every game ended",
            views => string.Join(", ", views.Where(v => v.Holds.Count > 0).Select(v => $"{v.Owner}: {string.Join("+", v.Holds)}")));
        var house = (await client.GetGrain<IWalletGrain>(WalletService.House).GetAsync()).Balance - houseBefore;
        var pots = await Task.WhenAll(games.Select(g => client.GetGrain<IPotGrain>(g).GetAsync()));
        Assert.Equal(players.Length * Domain.Wallet.Wallet.StartingGrant, wallets.Sum(w => w.Balance) + house);
        Assert.Equal(pots.Sum(p => p.HouseTax), house);
        Assert.True(redelivered > 20 && crashed > 0, $"seed {seed}: {redelivered} redeliveries, {crashed} stopped part-way");
    }

    private async Task<JoinedRoom> Join(string player, string address)
    {
        var joined = await fixture.Client.GetGrain<IPlayerGrain>(player).JoinAsync(new JoinRoom(address));
        Assert.True(joined.IsAccepted, $"{player} could not join {address}: {joined.Rejection?.Code}");
        return joined.Value;
    }

    /// <summary>Delivers one event to the money's process as its subscription would; false when it was stopped part-way.</summary>
    private async Task<bool> DeliverAsync(EventEnvelope envelope, string @namespace, int stepsBeforeCrash)
    {
        var process = new MoneyProcess(new CrashingGrains(fixture.Client, stepsBeforeCrash));
        Causation.Set(StreamId.Create(@namespace, envelope.StreamKey!), envelope.EventId);
        try
        {
            await (envelope.Event switch
            {
                RoomEvent.Created e => process.OpenedAsync(e),
                RoomEvent.PlayerJoined e => process.JoinedAsync(e),
                RoomEvent.PlayerLeft e => process.LeftAsync(e),
                RoomEvent.FilledUp e => process.FilledUpAsync(e),
                MatchEvent.Finished e => process.FinishedAsync(envelope.StreamKey!, e),
                _ => Task.CompletedTask,
            });
            return true;
        }
        catch (SimulatedCrash)
        {
            return false;
        }
        finally
        {
            RequestContext.Clear();
        }
    }

    /// <summary>The aggregates, until the process has reached <paramref name="stepsBeforeCrash"/> of them: then it "dies".</summary>
    private sealed class CrashingGrains(IGrainFactory grains, int stepsBeforeCrash) : MoneyProcess.IGrains
    {
        private int _steps;

        public IPotGrain Pot(string game) => Step(() => grains.GetGrain<IPotGrain>(game));

        public IWalletGrain Wallet(string owner) => Step(() => grains.GetGrain<IWalletGrain>(owner));

        private T Step<T>(Func<T> next) => Interlocked.Increment(ref _steps) > stepsBeforeCrash ? throw new SimulatedCrash() : next();
    }

    private sealed class SimulatedCrash : Exception;
}

public sealed class MoneyInMemoryTests(MoneyInMemoryTests.Cluster cluster) : MoneyPropertyTests(cluster), IClassFixture<MoneyInMemoryTests.Cluster>
{
    public sealed class Cluster() : KeelCluster(1);
}

public sealed class MoneyOnPostgresTests(MoneyOnPostgresTests.Cluster cluster) : MoneyPropertyTests(cluster), IClassFixture<MoneyOnPostgresTests.Cluster>
{
    /// <summary>A silo on a fresh PostgreSQL database of the test server.</summary>
    public sealed class Cluster : KeelCluster
    {
        private readonly PostgresDatabase _database = new();

        public override async Task InitializeAsync()
        {
            await _database.InitializeAsync();
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await _database.DisposeAsync();
        }

        protected override void ConfigureSilo(int silo, IServiceCollection services, IDictionary<string, string?> settings)
        {
            settings[KeelSettings.Storage] = "Postgres";
            settings[KeelSettings.PostgresConnectionString] = _database.ConnectionString;
        }
    }
}
