
namespace Keel.Api.Admin;

/// <summary>Where Keel's grains run: activation counts per silo and grain type, so operators can check service placement.</summary>
public static class ActivationEndpoints
{
    public static RouteHandlerBuilder MapActivationEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/admin/activations", ListAsync)
            .WithTags("Admin")
            .WithName("ListActivations")
            .WithSummary("Count live grain activations per silo and grain type");

    public static async Task<Ok<ActivationCount[]>> ListAsync(IGrainFactory grains)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return TypedResults.Ok(statistics
            .Where(s => s.GrainType.StartsWith("Keel.", StringComparison.Ordinal))
            .GroupBy(s => (Silo: s.SiloAddress.Endpoint.ToString(), s.GrainType))
            .Select(g => new ActivationCount(g.Key.Silo, g.Key.GrainType, g.Count()))
            .OrderBy(c => c.Silo, StringComparer.Ordinal).ThenBy(c => c.GrainType, StringComparer.Ordinal)
            .ToArray());
    }
}

/// <summary>How many activations of a grain type a silo holds.</summary>
/// <param name="Silo">The silo's endpoint (address:port).</param>
/// <param name="GrainType">The grain class.</param>
/// <param name="Count">Live activations.</param>
public sealed record ActivationCount(string Silo, string GrainType, int Count);
