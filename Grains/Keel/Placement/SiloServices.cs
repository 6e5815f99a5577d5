using System.Reflection;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Keel.Grains.Placement;

/// <summary>
/// The services a silo hosts (<c>Keel:Services</c>: a comma list, or <c>*</c> for all), as a property of every grain
/// type in the silo's grain manifest (see <see cref="SiloServicesProperty"/>). The
/// services there are come from the grain classes this silo knows (their module, or a <see cref="KeelServiceAttribute"/>): adding
/// a service needs no edit here.
/// </summary>
public static class SiloServices
{
    /// <summary>The grain property, in each silo's manifest, other silos read to place a service's grains.</summary>
    public const string PropertyKey = "keel.silo-services";

    public const string All = "*";

    /// <summary>The normalized property value: <c>*</c>, or the sorted list of service names.</summary>
    public static string Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting) || setting.Trim() == All)
        {
            return All;
        }
        return string.Join(',', setting.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => name.ToLowerInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal));
    }

    /// <summary>Every service named by a grain class in <paramref name="grainClasses"/>, and every declared module (a service of projections alone has no grain).</summary>
    public static IReadOnlyList<string> Known(IEnumerable<Type> grainClasses) =>
        [.. grainClasses.Select(type => type.GetCustomAttribute<KeelServiceAttribute>()?.Service ?? Services.KeelModule.Of(type)?.Name).OfType<string>()
            .Concat(Services.KeelModule.All.Select(module => module.Name)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Names in <paramref name="value"/> that no grain class declares; empty when all are known.</summary>
    public static IReadOnlyList<string> Unknown(string value, IEnumerable<Type> grainClasses)
    {
        var known = Known(grainClasses);
        return value == All ? [] : [.. value.Split(',').Where(name => !known.Contains(name))];
    }

    public static bool Includes(string? value, string service) =>
        value == All || (value?.Split(',').Contains(service, StringComparer.Ordinal) ?? false);
}

/// <summary>Stops a silo at start when <c>Keel:Services</c> names a service that no grain class declares.</summary>
internal sealed class SiloServicesCheck(string value, IOptions<GrainTypeOptions> grainTypes) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(SiloServicesCheck), ServiceLifecycleStage.First, _ =>
    {
        var unknown = SiloServices.Unknown(value, grainTypes.Value.Classes);
        return unknown.Count == 0
            ? Task.CompletedTask
            : throw new KeelStartupException(
                KeelSettings.Services, $"no service is called {string.Join(", ", unknown)}",
                $"name services this build has ({string.Join(", ", SiloServices.Known(grainTypes.Value.Classes))}) or {SiloServices.All} for all");
    });
}
