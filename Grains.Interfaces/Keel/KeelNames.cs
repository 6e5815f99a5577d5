namespace Keel.Grains.Interfaces;

/// <summary>The names of Keel's storages and stream provider, in one place. Services name themselves in their own folders.</summary>
public static class KeelNames
{
    /// <summary>Grain storage for aggregates and subscription checkpoints.</summary>
    public const string Storage = "keel";

    /// <summary>The storage Orleans' stream pub-sub uses.</summary>
    public const string PubSubStorage = "PubSubStore";

    /// <summary>The stream provider that carries events between services.</summary>
    public const string StreamProvider = "keel-events";

    /// <summary>The keyed clock alarms are due and fired by (the silo's clock unless a test swaps it).</summary>
    public const string AlarmTime = "keel-alarms";
}
