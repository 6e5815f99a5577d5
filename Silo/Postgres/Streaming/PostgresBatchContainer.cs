using Orleans.Providers.Streams.Common;
using Orleans.Streams;

namespace Keel.Silo.Postgres.Streaming;

/// <summary>
/// One stored message as Orleans sees it. The sequence number is the receiver's delivery number (see
/// <see cref="PartitionState"/>), not the row id, so the pulling agent's cache always sees increasing tokens,
/// even when a failed message comes back after newer ones.
/// </summary>
internal sealed class PostgresBatchContainer(StreamPayload payload, EventSequenceTokenV2 token) : IBatchContainer
{
    public StreamId StreamId => payload.StreamId;

    public StreamSequenceToken SequenceToken => token;

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>() =>
        payload.Events.OfType<T>().Select((item, index) => Tuple.Create(item, (StreamSequenceToken)token.CreateSequenceTokenForEvent(index)));

    public bool ImportRequestContext()
    {
        if (payload.RequestContext is null)
        {
            return false;
        }
        RequestContextExtensions.Import(payload.RequestContext);
        return true;
    }

    public override string ToString() => $"[PostgresBatch stream={StreamId} token={token.SequenceNumber} events={payload.Events.Count}]";
}
