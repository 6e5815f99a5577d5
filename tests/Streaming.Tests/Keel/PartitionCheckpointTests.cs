using Keel.Grains.Streaming;
using Orleans.Runtime;

namespace Keel.Streaming.Tests;

/// <summary>
/// How far a partition's checkpoint may move: up to the last log record before the first one still in the agent's
/// hands. Deliveries finish out of order (128 delivery streams run at once); a record handed to the retry queue counts
/// as done; a record read again after the receiver resumed holds the checkpoint back again until it is delivered.
/// </summary>
public sealed class PartitionCheckpointTests
{
    private static readonly StreamId Stream = StreamId.Create("users", "7");

    [Fact]
    public void TheCheckpointStopsAtTheFirstRecordNotYetDelivered()
    {
        var partition = new PartitionState(0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeProvider.System);
        var tokens = Enumerable.Range(1, 4).Select(n => partition.Track(Record(n))).ToArray();

        partition.TakeDelivered([tokens[1], tokens[3]]); // the second and fourth finished first
        Assert.Equal(LogPosition.Start, partition.LogDone);

        partition.TakeDelivered([tokens[0]]);
        Assert.Equal(Position(2), partition.LogDone); // the first two are done, the third is not

        partition.CompleteLog(tokens[2]); // the third went to the retry queue: done as far as the log is concerned
        Assert.Equal(Position(4), partition.LogDone);
    }

    [Fact]
    public void ARecordReadAgainHoldsTheCheckpointUntilItIsDeliveredAgain()
    {
        var partition = new PartitionState(0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeProvider.System);
        var first = partition.Track(Record(1));
        var second = partition.Track(Record(2));
        partition.TakeDelivered([second]);

        var again = partition.Track(Record(2)); // a resumed receiver reads from an older checkpoint
        partition.TakeDelivered([first]);
        Assert.Equal(Position(1), partition.LogDone);

        partition.TakeDelivered([again]);
        Assert.Equal(Position(2), partition.LogDone);
    }

    private static LogPosition Position(long n) => new(0, n);

    private static LogRecord Record(long n) => new(Position(n), Stream, n);
}
