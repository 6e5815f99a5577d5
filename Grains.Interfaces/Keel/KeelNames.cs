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
}
