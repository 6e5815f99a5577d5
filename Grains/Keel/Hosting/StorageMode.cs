namespace Keel.Grains.Hosting;

/// <summary>Where grain state, pub-sub state, reminders and the event bridge live (<c>Keel:Storage</c>).</summary>
public enum StorageMode
{
    /// <summary>In process memory: nothing survives a restart. The default.</summary>
    Memory,

    /// <summary>PostgreSQL (<c>ConnectionStrings:Postgres</c>): durable.</summary>
    Postgres,
}
