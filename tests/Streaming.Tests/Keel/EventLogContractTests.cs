using Keel.Domain.Users;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Alarms;
using Keel.Grains.EventLog;
using Keel.Grains.Streaming;
using Keel.Grains.Interfaces.Wire;
using Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keel.Streaming.Tests;

/// <summary>What every event log promises, run against the memory log and the PostgreSQL log alike.</summary>
public abstract class EventLogContractTests : IAsyncLifetime
{
    private protected static readonly StreamPartitions Partitions = new("keel-events", new EventStreamOptions(), TimeProvider.System);

    private protected IEventLog Log { get; set; } = null!;

    private protected IStreamStore Store { get; set; } = null!;

    private protected IAlarmStore Alarms { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected internal static string NewStream() => $"keel.test.aggregate/{Guid.NewGuid():N}";

    protected static EventEnvelope Event(string stream, long version, string? cause = null) => new(
        $"{stream}/{version}", version, DateTimeOffset.UtcNow, null,
        new UserEvent.Registered(UserId.From(Guid.NewGuid()), EmailAddress.Parse($"v{version}@example.com"), PersonName.Parse("Ada"), DateTimeOffset.UtcNow), cause);

    protected internal static EventAppend Append(string stream, long expected, int count, StreamId? destination = null) =>
        new(stream, expected, destination, [.. Enumerable.Range(1, count).Select(i => Event(stream, expected + i))]);

    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnAlarmIsArmedReArmedAndDisarmedByTheAppendsThatChangeIt()
    {
        var stream = NewStream();
        await Log.AppendAsync(Append(stream, 0, 2) with { Alarm = new AlarmChange(2, Noon) });
        Assert.Equal(new DueAlarm(stream, 2, Noon), await Alarms.FindAsync(stream));

        await Log.AppendAsync(Append(stream, 2, 1) with { Alarm = new AlarmChange(3, Noon.AddMinutes(1)) });
        Assert.Equal(new DueAlarm(stream, 3, Noon.AddMinutes(1)), await Alarms.FindAsync(stream));

        await Log.AppendAsync(Append(stream, 3, 1));
        Assert.Equal(3, (await Alarms.FindAsync(stream))?.ArmedAt); // an append that did not change it leaves it

        await Log.AppendAsync(Append(stream, 4, 1) with { Alarm = new AlarmChange(5, null) });
        Assert.Null(await Alarms.FindAsync(stream));
    }

    [Fact]
    public async Task AConflictingAppendArmsNothing()
    {
        var stream = NewStream();
        var other = NewStream();
        await Log.AppendAsync(Append(stream, 0, 1) with { Alarm = new AlarmChange(1, Noon) });

        await Assert.ThrowsAsync<EventLogConflictException>(() => Log.AppendAsync(Append(stream, 0, 1) with { Alarm = new AlarmChange(1, Noon.AddHours(1)) }));
        await Assert.ThrowsAsync<EventLogConflictException>(() => Log.AppendAsync(
            [Append(other, 0, 2) with { Alarm = new AlarmChange(2, Noon) }, Append(stream, 0, 1)]));

        Assert.Equal(new DueAlarm(stream, 1, Noon), await Alarms.FindAsync(stream));
        Assert.Null(await Alarms.FindAsync(other));
    }

    [Fact]
    public async Task ADueAlarmIsHandedToOneTakerUntilItsLeaseRunsOutAndDisarmsOnlyAsArmed()
    {
        var early = NewStream();
        var late = NewStream();
        await Log.AppendAsync([Append(early, 0, 1) with { Alarm = new AlarmChange(1, Noon) }, Append(late, 0, 1) with { Alarm = new AlarmChange(1, Noon.AddSeconds(5)) }]);

        var taken = await Alarms.TakeDueAsync(Noon.AddSeconds(1), Noon.AddSeconds(11), 100);
        Assert.Contains(new DueAlarm(early, 1, Noon), taken);
        Assert.DoesNotContain(taken, alarm => alarm.Stream == late);
        Assert.DoesNotContain(await Alarms.TakeDueAsync(Noon.AddSeconds(2), Noon.AddSeconds(12), 100), alarm => alarm.Stream == early);
        Assert.Contains(await Alarms.TakeDueAsync(Noon.AddSeconds(11), Noon.AddSeconds(21), 100), alarm => alarm.Stream == early);

        await Alarms.DisarmAsync(early, armedAt: 7); // not the alarm armed: nothing happens
        Assert.NotNull(await Alarms.FindAsync(early));
        await Alarms.DisarmAsync(early, armedAt: 1);
        Assert.Null(await Alarms.FindAsync(early));
    }

    [Fact]
    public async Task AppendedEventsLoadInVersionOrder()
    {
        var stream = NewStream();
        await Log.AppendAsync(Append(stream, 0, 2));
        await Log.AppendAsync(Append(stream, 2, 1));

        var loaded = await Log.LoadAsync(stream);

        Assert.Null(loaded.Snapshot);
        Assert.Equal([1L, 2L, 3L], loaded.Events.Select(e => e.Version));
        Assert.Equal($"{stream}/3", loaded.Events[^1].EventId);
    }

    [Fact]
    public async Task AnAppendAtATakenVersionFailsAndRecordsNothing()
    {
        var stream = NewStream();
        await Log.AppendAsync(Append(stream, 0, 1));

        await Assert.ThrowsAsync<EventLogConflictException>(() => Log.AppendAsync(Append(stream, 0, 2)));

        Assert.Single((await Log.LoadAsync(stream)).Events);
    }

    [Fact]
    public async Task AConflictingAppendAmongManyFailsOnlyItsCaller()
    {
        var contested = NewStream();
        await Log.AppendAsync(Append(contested, 0, 1));
        var others = Enumerable.Range(0, 50).Select(_ => NewStream()).ToArray();

        var appends = others.Select(s => Log.AppendAsync(Append(s, 0, 2))).ToList();
        var conflicting = Log.AppendAsync(Append(contested, 0, 1));
        await Assert.ThrowsAsync<EventLogConflictException>(() => conflicting);
        await Task.WhenAll(appends);

        foreach (var stream in others)
        {
            Assert.Equal(2, (await Log.LoadAsync(stream)).Events.Count);
        }
        Assert.Single((await Log.LoadAsync(contested)).Events);
    }

    [Fact]
    public async Task AnAppendAcrossStreamsRecordsEachStream()
    {
        var (first, second) = (NewStream(), NewStream());
        await Log.AppendAsync(Append(second, 0, 1));

        await Log.AppendAsync([Append(first, 0, 2), Append(second, 1, 1)]);

        Assert.Equal([1L, 2L], (await Log.LoadAsync(first)).Events.Select(e => e.Version));
        Assert.Equal([1L, 2L], (await Log.LoadAsync(second)).Events.Select(e => e.Version));
    }

    [Fact]
    public async Task AConflictOnOneStreamFailsTheWholeAppendAcrossStreams()
    {
        var (fresh, taken) = (NewStream(), NewStream());
        await Log.AppendAsync(Append(taken, 0, 1));
        // Others in the same group commit, some of them before the contested append: only it fails, and wholly.
        var others = Enumerable.Range(0, 20).Select(_ => NewStream()).ToArray();
        var appends = others.Select(s => Log.AppendAsync(Append(s, 0, 1))).ToList();

        var conflict = await Assert.ThrowsAsync<EventLogConflictException>(() => Log.AppendAsync([Append(fresh, 0, 2), Append(taken, 0, 1)]));
        await Task.WhenAll(appends);

        Assert.Contains(taken, conflict.Message);
        Assert.Empty((await Log.LoadAsync(fresh)).Events);
        Assert.Single((await Log.LoadAsync(taken)).Events);
        await Log.AppendAsync(Append(fresh, 0, 1)); // nothing of it is left behind: the fresh stream starts at 1
        foreach (var other in others)
        {
            Assert.Single((await Log.LoadAsync(other)).Events);
        }
    }

    [Fact]
    public async Task AnAppendNamingOneStreamTwiceIsRefused()
    {
        var stream = NewStream();

        await Assert.ThrowsAsync<ArgumentException>(() => Log.AppendAsync([Append(stream, 0, 1), Append(stream, 1, 1)]));

        Assert.Empty((await Log.LoadAsync(stream)).Events);
    }

    /// <summary>
    /// Appends wake their partition's receiver while it is reading (in this process at once; across processes by
    /// notification, here by its 100 ms poll): however wake-ups, polls and reads interleave with concurrent appends,
    /// one partition delivers each aggregate's events once and in version order.
    /// </summary>
    [Fact]
    public async Task WakeUpsDuringConcurrentAppendsNeitherReorderNorRepeatAPartition()
    {
        var partition = Partitions.PartitionOf(StreamId.Create("keel-test-wake", "probe"));
        var destinations = Enumerable.Range(0, 10_000).Select(i => StreamId.Create("keel-test-wake", $"k{i}"))
            .Where(d => Partitions.PartitionOf(d) == partition).Take(24).ToArray();
        var aggregates = destinations.Select(d => (Stream: NewStream(), Destination: d)).ToArray();
        const int EventsEach = 30;
        var receiver = new LogQueueAdapterReceiver("keel-events", new EventStreamOptions { PollInterval = TimeSpan.FromMilliseconds(100) },
            Partitions.ByQueue.Values.Single(p => p.Number == partition), Store,
            new ServiceCollection().AddSerializer(s => s.AddKeelDomain()).BuildServiceProvider().GetRequiredService<Serializer<StreamPayload>>(),
            TimeProvider.System, NullLogger<LogQueueAdapterReceiver>.Instance);
        await receiver.Initialize(TimeSpan.FromSeconds(10));
        var seen = aggregates.ToDictionary(a => a.Stream, _ => new List<long>());

        var writers = aggregates.Chunk(3).Select(group => Task.Run(async () =>
        {
            var versions = group.ToDictionary(a => a.Stream, _ => 0L);
            for (var round = 0; versions.Values.Any(v => v < EventsEach); round++)
            {
                foreach (var (stream, destination) in group)
                {
                    var count = (int)Math.Min(1 + (round + stream.Length) % 3, EventsEach - versions[stream]);
                    if (count > 0)
                    {
                        await Log.AppendAsync(Append(stream, versions[stream], count, destination));
                        versions[stream] += count;
                    }
                }
            }
        })).ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (seen.Values.Sum(v => v.Count) < aggregates.Length * EventsEach || writers.Any(w => !w.IsCompleted))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the partition delivered {seen.Values.Sum(v => v.Count)} of {aggregates.Length * EventsEach} events within 30 s");
            var batches = await receiver.GetQueueMessagesAsync(50, CancellationToken.None);
            foreach (var envelope in batches.SelectMany(b => b.GetEvents<EventEnvelope>()).Select(e => e.Item1))
            {
                var stream = envelope.EventId[..envelope.EventId.LastIndexOf('/')];
                if (seen.TryGetValue(stream, out var versions))
                {
                    versions.Add(envelope.Version);
                }
            }
            await receiver.MessagesDeliveredAsync(batches, CancellationToken.None);
            await Task.Delay(batches.Count == 0 ? 2 : 0);
        }
        await Task.WhenAll(writers);

        Assert.All(seen, pair => Assert.Equal(Enumerable.Range(1, EventsEach).Select(v => (long)v), pair.Value));
    }

    [Fact]
    public async Task ActivationReadsTheSnapshotAndOnlyTheEventsAfterIt()
    {
        var stream = NewStream();
        await Log.AppendAsync(Append(stream, 0, 5));
        await Log.SaveSnapshotAsync(stream, 3, new AggregateSnapshot(3, new User.Registered(UserId.From(Guid.CreateVersion7()), EmailAddress.Parse("snap@example.com"), PersonName.Parse("Snap"), DateTimeOffset.UnixEpoch), ["cause-1"]));

        var loaded = await Log.LoadAsync(stream);

        Assert.Equal(3, loaded.Snapshot!.Version);
        Assert.Equal("snap@example.com", Assert.IsType<User.Registered>(loaded.Snapshot.State).Email.Value);
        Assert.Equal(["cause-1"], loaded.Snapshot.Causes);
        Assert.Equal([4L, 5L], loaded.Events.Select(e => e.Version));
    }

    [Fact]
    public async Task AnOlderSnapshotNeverReplacesANewerOne()
    {
        var stream = NewStream();
        await Log.AppendAsync(Append(stream, 0, 4));
        await Log.SaveSnapshotAsync(stream, 4, new AggregateSnapshot(4, new User.Registered(UserId.From(Guid.CreateVersion7()), EmailAddress.Parse("new@example.com"), PersonName.Parse("New"), DateTimeOffset.UnixEpoch), []));
        await Log.SaveSnapshotAsync(stream, 2, new AggregateSnapshot(2, new User.Registered(UserId.From(Guid.CreateVersion7()), EmailAddress.Parse("old@example.com"), PersonName.Parse("Old"), DateTimeOffset.UnixEpoch), []));

        var loaded = await Log.LoadAsync(stream);

        Assert.Equal(4, loaded.Snapshot!.Version);
        Assert.Empty(loaded.Events);
    }

    [Fact]
    public async Task DeliverableEventsAreReadByPositionFromTheCheckpoint()
    {
        var destination = StreamId.Create("users", Guid.NewGuid().ToString("N"));
        var partition = Partitions.PartitionOf(destination);
        var start = await LastPositionAsync(partition);
        var stream = NewStream();
        await Log.AppendAsync(Append(stream, 0, 2, destination));
        await Log.AppendAsync(Append(NewStream(), 0, 1)); // private: never delivered
        await Log.AppendAsync(Append(stream, 2, 1, destination));

        var records = await Store.ReadLogAsync(partition, start, 100, CancellationToken.None);

        Assert.Equal([1L, 2L, 3L], records.Select(r => ((EventEnvelope)r.Event).Version));
        Assert.All(records, r => Assert.Equal(destination, r.Stream));
        await Store.SaveCheckpointAsync(partition, records[1].Position, CancellationToken.None);
        Assert.Equal(records[1].Position, await Store.LoadCheckpointAsync(partition, CancellationToken.None));
        var after = await Store.ReadLogAsync(partition, await Store.LoadCheckpointAsync(partition, CancellationToken.None), 100, CancellationToken.None);
        Assert.Equal([3L], after.Select(r => ((EventEnvelope)r.Event).Version));
    }

    [Fact]
    public async Task ACheckpointNeverMovesBack()
    {
        await Store.SaveCheckpointAsync(3, new LogPosition(10, 20), CancellationToken.None);
        await Store.SaveCheckpointAsync(3, new LogPosition(10, 5), CancellationToken.None);

        Assert.Equal(new LogPosition(10, 20), await Store.LoadCheckpointAsync(3, CancellationToken.None));
    }

    [Fact]
    public async Task ARetriedMessageIsDeadLetteredAfterItsLastAttempt()
    {
        var stream = StreamId.Create("users", "retry");
        await Store.EnqueueAsync(5, stream, [1, 2, 3], attempts: 1, TimeSpan.Zero, "the subscriber threw", CancellationToken.None);

        var leased = Assert.Single(await Store.DequeueAsync(5, 10, maxAttempts: 2, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Equal(2, leased.Attempts);
        Assert.Empty(await Store.DequeueAsync(5, 10, maxAttempts: 2, TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.True(await Store.FailAsync(new MessageReceipt(leased.Id, leased.Attempts, DateTimeOffset.UtcNow), 2, TimeSpan.Zero, "again", CancellationToken.None));
        Assert.Empty(await Store.DequeueAsync(5, 10, maxAttempts: 2, TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    private async Task<LogPosition> LastPositionAsync(int partition)
    {
        var position = LogPosition.Start;
        while (await Store.ReadLogAsync(partition, position, 1000, CancellationToken.None) is { Count: > 0 } records)
        {
            position = records[^1].Position;
        }
        return position;
    }
}

public sealed class InMemoryEventLogTests : EventLogContractTests
{
    public override Task InitializeAsync()
    {
        var alarms = new Keel.Grains.Memory.InMemoryAlarmStore();
        var log = new Keel.Grains.Memory.InMemoryEventLog(Partitions, TimeProvider.System, alarms: alarms);
        (Log, Store, Alarms) = (log, log, alarms);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync() => Task.CompletedTask;
}
