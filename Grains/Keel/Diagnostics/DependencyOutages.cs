namespace Keel.Grains.Diagnostics;

/// <summary>The dependencies this process tracks (<see cref="DependencyOutage"/>), found by the failure they cause.</summary>
public sealed class DependencyOutages(IEnumerable<DependencyOutage> outages)
{
    private readonly DependencyOutage[] _outages = [.. outages];

    /// <summary>The dependency whose outage <paramref name="exception"/> (or an exception inside it) reports, if any.</summary>
    public DependencyOutage? Find(Exception? exception) => exception switch
    {
        null => null,
        _ when Array.Find(_outages, outage => outage.Covers(exception)) is { } outage => outage,
        AggregateException many => many.InnerExceptions.Select(Find).FirstOrDefault(found => found is not null),
        _ => Find(exception.InnerException),
    };

    /// <summary>The dependency whose outage every warning of <paramref name="category"/> reports, if any.</summary>
    public DependencyOutage? FindByWarningCategory(string category) =>
        Array.Find(_outages, outage => outage.WarningCategories.Contains(category, StringComparer.Ordinal));
}
