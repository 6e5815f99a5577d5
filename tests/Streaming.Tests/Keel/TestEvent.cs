namespace Keel.Streaming.Tests;

/// <summary>A test event; PublishedAt is a Stopwatch timestamp taken just before it was enqueued.</summary>
[GenerateSerializer, Immutable, Alias("Keel.Streaming.Tests.TestEvent")]
public sealed record TestEvent([property: Id(0)] int Value, [property: Id(1)] long PublishedAt);
