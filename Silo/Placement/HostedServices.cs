using Keel.Contracts;
using Keel.Silo.Hosting;

namespace Keel.Silo.Placement;

/// <summary>The services a silo hosts (<c>Keel:Services</c>: a comma list, or <c>*</c> for all), as silo metadata.</summary>
public static class HostedServices
{
    /// <summary>The silo metadata key other silos read to place a service's grains.</summary>
    public const string MetadataKey = "keel.services";

    public const string All = "*";

    public static IReadOnlyList<string> Known { get; } = [KeelNames.Services.Users, KeelNames.Services.Email];

    /// <summary>The normalized metadata value: <c>*</c>, or the sorted list of known service names.</summary>
    public static string Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting) || setting.Trim() == All)
        {
            return All;
        }
        var names = setting.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => name.ToLowerInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var unknown = names.Where(name => !Known.Contains(name)).ToArray();
        return unknown.Length > 0
            ? throw new KeelStartupException(
                $"{KeelSettings.Services} names unknown service(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Known)} or *.")
            : string.Join(',', names);
    }

    public static bool Includes(string? metadataValue, string service) =>
        metadataValue == All || (metadataValue?.Split(',').Contains(service, StringComparer.Ordinal) ?? false);
}
