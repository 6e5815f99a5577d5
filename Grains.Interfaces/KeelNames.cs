namespace Keel.Contracts;

/// <summary>The names of storages, stream providers and stream namespaces, in one place.</summary>
public static class KeelNames
{
    /// <summary>Grain storage for aggregates and subscription checkpoints.</summary>
    public const string Storage = "keel";

    /// <summary>The storage Orleans' stream pub-sub uses.</summary>
    public const string PubSubStorage = "PubSubStore";

    /// <summary>The stream provider that carries events between services.</summary>
    public const string StreamProvider = "keel-events";

    /// <summary>Service names; each is also the stream namespace its events are published on.</summary>
    public static class Services
    {
        public const string Users = "users";
        public const string Email = "email";
    }
}
