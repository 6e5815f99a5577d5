namespace Keel.Grains.Hosting;

/// <summary>How the Api reaches the grains (<c>Keel:Mode</c>).</summary>
public enum ApiMode
{
    /// <summary>The Api hosts a silo in its own process. The default.</summary>
    CoHosted,

    /// <summary>The Api is an Orleans client of a cluster of Silo processes (membership in PostgreSQL).</summary>
    Client,
}
