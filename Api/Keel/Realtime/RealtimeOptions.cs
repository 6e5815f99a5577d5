namespace Keel.Api.Realtime;

/// <summary>Settings under <c>Keel:Realtime</c>: ceilings on open streams and on how fast they open.</summary>
public sealed class RealtimeOptions
{
    public const string Section = "Keel:Realtime";

    /// <summary>Streams (SSE or WebSocket) one caller may have open at once.</summary>
    public int MaxStreamsPerCaller { get; set; } = 16;

    /// <summary>Streams this process serves at once.</summary>
    public int MaxStreams { get; set; } = 20_000;

    /// <summary>Streams one caller may open per second, sustained (twice as many at once).</summary>
    public double OpensPerSecondPerCaller { get; set; } = 5;
}
