namespace Keel.Grains.Projections;

/// <summary>How projections run (<c>Keel:Projections</c>).</summary>
public sealed class ProjectionOptions
{
    public const string Section = "Keel:Projections";

    /// <summary>How often a projection looks at the log when no append woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Events applied, and committed with the projection's place, at a time.</summary>
    public int BatchSize { get; set; } = 1_000;

    /// <summary>How long a process holds a projection without renewing it before another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(10);
}
