using Keel.Grains.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace Keel.Streaming.Tests;

/// <summary>
/// A quiet partition's read waits for the append that wakes it, not for the pulling agent's next tick nor its poll
/// (issue 18, item 3): delivery follows the append. A busy partition's reads stay batched (at most one per
/// <see cref="PartitionState.MinReadGap"/>, a backlog read on at once), and a wait ends at its poll, after
/// <see cref="PartitionState.MaxWait"/>, or when the agent stops.
/// </summary>
public sealed class PartitionWaitTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AQuietPartitionsReadWaitsForTheWakeUpNotItsPoll()
    {
        var partition = ReadOnce(TimeProvider.System);

        var waiting = partition.WaitForReadAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted); // nothing appended, the poll minutes away: it waits
        partition.Wake();
        await waiting.WaitAsync(Deadline);

        Assert.True(partition.ShouldRead());
    }

    [Fact]
    public async Task AWaitEndsAfterMaxWaitAndTheReadAtThePollWhenNothingWakesIt()
    {
        var clock = new FakeTimeProvider();
        var partition = ReadOnce(clock);

        var waiting = partition.WaitForReadAsync(CancellationToken.None);
        clock.Advance(PartitionState.MaxWait - TimeSpan.FromMilliseconds(1));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1)); // held at most MaxWait, so the receiver's other duties get their turn
        await waiting.WaitAsync(Deadline);
        Assert.False(partition.ShouldRead()); // nothing woke it, and its poll is not due: nothing to read yet

        clock.Advance(Poll);
        await partition.WaitForReadAsync(CancellationToken.None).WaitAsync(Deadline);
        Assert.True(partition.ShouldRead());
    }

    [Fact]
    public async Task AWakeRightAfterAReadWaitsForTheReadGapSoReadsStayBatched()
    {
        var clock = new FakeTimeProvider();
        var partition = ReadOnce(clock);

        partition.Wake();
        var waiting = partition.WaitForReadAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        clock.Advance(PartitionState.MinReadGap);
        await waiting.WaitAsync(Deadline);

        clock.Advance(TimeSpan.FromSeconds(1)); // long after the last read, a wake-up is read at once
        Assert.True(partition.WaitForReadAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void AfterAFullReadTheBacklogIsReadOnAtOnce()
    {
        var clock = new FakeTimeProvider();
        var partition = new PartitionState(0, Poll, TimeSpan.FromSeconds(30), clock);
        Assert.True(partition.ShouldRead());

        partition.ReadCompleted(full: true); // more is waiting: no gap before the next read

        Assert.True(partition.WaitForReadAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(partition.ShouldRead());
    }

    [Fact]
    public async Task AStoppingAgentEndsTheWait()
    {
        var partition = ReadOnce(TimeProvider.System);
        using var stopping = new CancellationTokenSource();

        var waiting = partition.WaitForReadAsync(stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Deadline));
    }

    /// <summary>A partition whose first read (due at start) is done: the next is due at its poll, or when woken.</summary>
    private static PartitionState ReadOnce(TimeProvider clock)
    {
        var partition = new PartitionState(0, Poll, TimeSpan.FromSeconds(30), clock);
        Assert.True(partition.ShouldRead());
        partition.ReadCompleted(full: false);
        return partition;
    }
}
