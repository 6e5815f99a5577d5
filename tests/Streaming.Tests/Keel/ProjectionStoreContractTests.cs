using Keel.Domain;
using Keel.Grains.EventLog;
using Keel.Grains.Interfaces;
using Keel.Grains.Projections;
using Keel.Grains.Streaming;

namespace Keel.Streaming.Tests;

/// <summary>
/// What every projection store promises (issue 19, item 4), against memory and PostgreSQL alike: the log read in log
/// order across the services a projection names, rows committed with the place they were read from and only from it,
/// one owner at a time, a rebuild that starts again from nothing, and pages that list every row once.
/// </summary>
public abstract class ProjectionStoreContractTests : IAsyncLifetime
{
    private protected const string First = "projected-a", Second = "projected-b", Unread = "projected-c";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private protected IEventLog Log { get; set; } = null!;

    private protected IProjectionStore Store { get; set; } = null!;

    private protected IReadModels Models { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    private static string NewProjection() => $"p{Guid.NewGuid():N}";

    private static RowWrite Write(Score score) => new(new RowKey(typeof(Score), score.Name), score);

    /// <summary>One event on each of <paramref name="count"/> fresh aggregates of <paramref name="service"/>; returns their streams.</summary>
    private async Task<string[]> AppendAsync(string service, int count)
    {
        var streams = Enumerable.Range(0, count).Select(_ => EventLogContractTests.NewStream()).ToArray();
        await Log.AppendAsync([.. streams.Select(stream =>
            EventLogContractTests.Append(stream, 0, 1, StreamId.Create(service, stream)))]);
        return streams;
    }

    [Fact]
    public async Task TheServicesItNamesAreReadInLogOrderAPageAtATimeAndNoOtherService()
    {
        var appended = new List<string>();
        for (var round = 0; round < 4; round++)
        {
            appended.AddRange(await AppendAsync(First, 3));
            await AppendAsync(Unread, 2);
            appended.AddRange(await AppendAsync(Second, 1 + round));
        }

        var read = new List<ProjectedRecord>();
        var after = LogPosition.Start;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 100, "the log never ended");
            var page = await Store.ReadAsync([First, Second], after, 4, CancellationToken.None);
            Assert.True(page.Count <= 4, $"a page of {page.Count}");
            if (page.Count == 0)
            {
                break;
            }
            read.AddRange(page);
            after = page[^1].Position;
        }

        static string StreamOf(ProjectedRecord record) => record.Envelope.EventId[..record.Envelope.EventId.LastIndexOf('/')];
        var ours = read.Where(r => appended.Contains(StreamOf(r))).ToList();
        Assert.Equal(appended, ours.Select(StreamOf));
        Assert.Equal(read.Select(r => r.Position).Order(), read.Select(r => r.Position));
        Assert.Equal(read.Count, read.Select(r => r.Position).Distinct().Count());
        Assert.DoesNotContain(read, r => r.Service == Unread);
        Assert.All(ours, r => Assert.EndsWith(r.Key, StreamOf(r)));
    }

    [Fact]
    public async Task ACommitWritesRowsAndPlaceTogetherAndOnlyFromThePlaceItWasRead()
    {
        var projection = NewProjection();
        var lease = (await Store.LeaseAsync(projection, "silo-1", Lease, CancellationToken.None))!;
        Assert.Equal((LogPosition.Start, 1L), (lease.Checkpoint, lease.Build));
        var to = new LogPosition(0, 7);

        Assert.True(await Store.CommitAsync(lease, to, 3, [Write(new Score("ada", 3))], CancellationToken.None));
        Assert.False(await Store.CommitAsync(lease, new LogPosition(0, 9), 1, [Write(new Score("ada", 4)), Write(new Score("bob", 1))], CancellationToken.None));

        Assert.Equal(new Score("ada", 3), await Models.FindAsync<Score>(projection, "ada"));
        Assert.Null(await Models.FindAsync<Score>(projection, "bob"));
        var again = (await Store.LeaseAsync(projection, "silo-1", Lease, CancellationToken.None))!;
        Assert.Equal(to, again.Checkpoint);
        Assert.True(await Store.CommitAsync(again, new LogPosition(0, 9), 1, [new RowWrite(new RowKey(typeof(Score), "ada"), null)], CancellationToken.None));
        Assert.Null(await Models.FindAsync<Score>(projection, "ada"));
        Assert.Equal(4, (await Models.StatusAsync()).Single(s => s.Name == projection).Events);
    }

    [Fact]
    public async Task AnotherOwnerWaitsForTheLeaseAndOnceItTakesOverTheFormerOwnersCommitsChangeNothing()
    {
        var projection = NewProjection();
        var first = (await Store.LeaseAsync(projection, "silo-1", TimeSpan.FromMilliseconds(300), CancellationToken.None))!;
        Assert.Null(await Store.LeaseAsync(projection, "silo-2", Lease, CancellationToken.None));
        Assert.Equal("silo-1", (await Models.StatusAsync()).Single(s => s.Name == projection).Owner);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        ProjectionLease? second = null;
        while (second is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "the lapsed lease was never taken over");
            await Task.Delay(100);
            second = await Store.LeaseAsync(projection, "silo-2", Lease, CancellationToken.None);
        }

        Assert.False(await Store.CommitAsync(first, new LogPosition(0, 5), 1, [Write(new Score("ada", 1))], CancellationToken.None));
        Assert.True(await Store.CommitAsync(second, new LogPosition(0, 5), 1, [Write(new Score("bob", 1))], CancellationToken.None));
        Assert.Null(await Models.FindAsync<Score>(projection, "ada"));
        Assert.Null(await Store.LeaseAsync(projection, "silo-1", Lease, CancellationToken.None));
    }

    [Fact]
    public async Task ARebuildThrowsTheRowsAwaySendsItBackToTheStartAndVoidsTheRunBeforeIt()
    {
        var projection = NewProjection();
        Assert.False(await Models.RebuildAsync(projection));
        var lease = (await Store.LeaseAsync(projection, "silo-1", Lease, CancellationToken.None))!;
        Assert.True(await Store.CommitAsync(lease, new LogPosition(0, 5), 5, [Write(new Score("ada", 5))], CancellationToken.None));
        lease = lease with { Checkpoint = new LogPosition(0, 5) };

        Assert.True(await Models.RebuildAsync(projection));

        Assert.Null(await Models.FindAsync<Score>(projection, "ada"));
        Assert.False(await Store.CommitAsync(lease, new LogPosition(0, 6), 1, [Write(new Score("ada", 6))], CancellationToken.None));
        var rebuilt = (await Store.LeaseAsync(projection, "silo-1", Lease, CancellationToken.None))!;
        Assert.Equal((LogPosition.Start, 2L), (rebuilt.Checkpoint, rebuilt.Build));
        Assert.Equal((0L, 2L), (await Models.StatusAsync()).Single(s => s.Name == projection) is var status ? (status.Events, status.Builds) : default);
        Assert.Null(await Models.FindAsync<Score>(projection, "ada"));
    }

    [Fact]
    public async Task PagesListEveryRowOnceBestFirstThenByKeyInOrdinalOrder()
    {
        var projection = NewProjection();
        string[] names = ["b", "A_", "a", "B", "zz", "Z", "m", "é", "0", "a-b"];
        var scores = names.Select((name, i) => new Score(name, i % 3)).ToArray();
        var lease = (await Store.LeaseAsync(projection, "silo-1", Lease, CancellationToken.None))!;
        Assert.True(await Store.CommitAsync(lease, new LogPosition(0, 1), 1,
            [.. scores.Select(Write), new RowWrite(new RowKey(typeof(Label), "x"), new Label("other kind"))], CancellationToken.None));

        var listed = new List<Score>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 20, "the pages never ended");
            var page = await Models.ListAsync<Score>(projection, 3, after);
            listed.AddRange(page.Rows);
            if (page.Next is null)
            {
                break;
            }
            Assert.Equal(3, page.Rows.Count);
            after = page.Next;
        }

        var expected = scores.OrderByDescending(s => s.Points).ThenBy(s => s.Name, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, listed);
        Assert.Equal([new Label("other kind")], (await Models.ListAsync<Label>(projection, 10, null)).Rows);
        Assert.Throws<FormatException>(() => RowCursor.Parse("not a cursor!", ranked: true));
    }

    /// <summary>A ranked row: listed by points.</summary>
    public sealed record Score(string Name, long Points) : IRanked
    {
        public long Rank => Points;
    }

    /// <summary>A row of another kind, listed by key.</summary>
    public sealed record Label(string Text);
}

public sealed class InMemoryProjectionStoreTests : ProjectionStoreContractTests
{
    public override Task InitializeAsync()
    {
        var log = new Keel.Grains.Memory.InMemoryEventLog(
            new StreamPartitions("keel-events", new EventStreamOptions(), TimeProvider.System), TimeProvider.System,
            projected: new HashSet<string>([First, Second, Unread]));
        var store = new Keel.Grains.Memory.InMemoryProjectionStore(log, TimeProvider.System);
        (Log, Store, Models) = (log, store, store);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync() => Task.CompletedTask;
}
