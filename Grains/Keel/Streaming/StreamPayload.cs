namespace Keel.Grains.Streaming;

/// <summary>What is stored in a message row's payload, written with Orleans' binary serializer.</summary>
[GenerateSerializer, Alias("Keel.Streams.Postgres.Payload")]
internal sealed record StreamPayload(
    [property: Id(0)] StreamId StreamId,
    [property: Id(1)] List<object> Events,
    [property: Id(2)] Dictionary<string, object>? RequestContext);
