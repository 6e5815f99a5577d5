namespace Keel.Grains.Presence;

/// <summary>How presence is kept (<c>Keel:Presence</c>).</summary>
public sealed class PresenceOptions
{
    public const string Section = "Keel:Presence";

    /// <summary>How long a caller with no connection left stays online (a reload, a flaky network).</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a process says again which callers it holds connections of.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A process not heard of for three heartbeats (it died) holds no connection.</summary>
    public TimeSpan Expiry => Heartbeat * 3;
}
