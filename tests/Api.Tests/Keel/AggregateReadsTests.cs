using Keel.Api.Http;
using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.EventLog;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Games;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Api.Tests;

/// <summary>
/// Reads from the log without a grain: a state the caller calls settled is read from the log once and answered from
/// memory afterwards; any other state (a game not started yet) is read again every time, so it is never stale.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AggregateReadsTests(KeelApiFactory factory)
{
    private static readonly Func<Game, bool> Started = g => g is Game.Started;

    [Fact]
    public async Task ASettledStateIsReadFromTheLogOnceAndAnUnsettledOneEveryTime()
    {
        var log = new CountingLog();
        var reads = new AggregateReads(log, factory.Services.GetRequiredService<IGrainFactory>());
        var (started, waiting) = ($"global2-{Random.Shared.Next(1, int.MaxValue)}", $"global2-{Random.Shared.Next(1, int.MaxValue)}");
        log.Start(started);

        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<Game.Started>(await reads.StateOfAsync<IGameGrain, Game, GameEvent>(started, Started));
            Assert.IsType<Game.NotStarted>(await reads.StateOfAsync<IGameGrain, Game, GameEvent>(waiting, Started));
        }
        Assert.Equal(1, log.LoadsOf(started));
        Assert.Equal(3, log.LoadsOf(waiting));

        log.Start(waiting); // the waiting game starts: the next read sees it, and keeps it
        Assert.IsType<Game.Started>(await reads.StateOfAsync<IGameGrain, Game, GameEvent>(waiting, Started));
        Assert.IsType<Game.Started>(await reads.StateOfAsync<IGameGrain, Game, GameEvent>(waiting, Started));
        Assert.Equal(4, log.LoadsOf(waiting));

        // Without the caller's word that it is settled, a state is always read.
        await reads.StateOfAsync<IGameGrain, Game, GameEvent>(started);
        Assert.Equal(2, log.LoadsOf(started));
    }

    /// <summary>A log of games by key (the stream name ends with it) that counts its loads per stream.</summary>
    private sealed class CountingLog : IEventLogReader
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _loads = new();
        private readonly System.Collections.Concurrent.ConcurrentBag<string> _started = [];

        public void Start(string game) => _started.Add(game);

        public int LoadsOf(string game) => _loads.Where(p => p.Key.EndsWith(game, StringComparison.Ordinal)).Sum(p => p.Value);

        public Task<LoadedAggregate> LoadAsync(string stream)
        {
            _loads.AddOrUpdate(stream, 1, (_, n) => n + 1);
            var game = _started.FirstOrDefault(g => stream.EndsWith(g, StringComparison.Ordinal));
            return Task.FromResult(game is null ? LoadedAggregate.Empty : new LoadedAggregate(null,
            [
                new EventEnvelope($"{game}/1", 1, DateTimeOffset.UnixEpoch, null,
                    new GameEvent.Started(RoomId.Parse(game), Table.Empty, 0, DateTimeOffset.UnixEpoch)),
            ]));
        }

        public Task<IReadOnlyList<EventEnvelope>> ReadAsync(string stream, long afterVersion) => throw new NotSupportedException();
    }
}
