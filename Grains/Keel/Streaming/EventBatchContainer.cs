using Orleans.Providers.Streams.Common;
using Orleans.Streams;

namespace Keel.Grains.Streaming;

/// <summary>
/// One stored message as Orleans sees it. The sequence number is the receiver's delivery number (see
/// <see cref="PartitionState"/>), not the row id, so the pulling agent's cache always sees increasing tokens,
/// even when a failed message comes back after newer ones. Serializable: the pulling agent on one silo hands batches
/// to consumers on others.
/// </summary>
[GenerateSerializer, Alias("Keel.Streams.Postgres.Batch")]
internal sealed class EventBatchContainer(StreamPayload payload, EventSequenceTokenV2 token) : IBatchContainer
{
    [Id(0)]
    private readonly StreamPayload _payload = payload;

    [Id(1)]
    private readonly EventSequenceTokenV2 _token = token;

    public StreamId StreamId => _payload.StreamId;

    public StreamSequenceToken SequenceToken => _token;

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>()
    {
        // Once per delivered batch: a list built at once costs less than the iterators a query would allocate.
        var events = new List<Tuple<T, StreamSequenceToken>>(_payload.Events.Count);
        foreach (var stored in _payload.Events)
        {
            if (stored is T item)
            {
                events.Add(Tuple.Create(item, (StreamSequenceToken)_token.CreateSequenceTokenForEvent(events.Count)));
            }
        }
        return events;
    }

    public bool ImportRequestContext()
    {
        if (_payload.RequestContext is null)
        {
            return false;
        }
        RequestContextExtensions.Import(_payload.RequestContext);
        return true;
    }

    public override string ToString() => $"[PostgresBatch stream={StreamId} token={_token.SequenceNumber} events={_payload.Events.Count}]";
}
