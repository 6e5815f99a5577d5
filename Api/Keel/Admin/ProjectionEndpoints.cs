using Keel.Grains.Projections;

namespace Keel.Api.Admin;

/// <summary>Operators' view of the projections (how far each is, who runs it) and the way to build one again from the start of the log.</summary>
public static class ProjectionEndpoints
{
    public static IEndpointRouteBuilder MapProjectionEndpoints(this IEndpointRouteBuilder routes)
    {
        var projections = routes.MapGroup("/admin/projections").WithTags("Admin");
        projections.MapGet("/", ListAsync)
            .WithName("ListProjections")
            .WithSummary("List the projections: events applied, builds, last commit and the process running each");
        projections.MapPost("/{name}/rebuild", RebuildAsync)
            .WithName("RebuildProjection")
            .WithSummary("Build a projection again from the start of the log")
            .WithDescription("Its rows are thrown away in the same commit that sends it back to the start; the process running it reads the whole log again. "
                + "Queries see it filling up until it has caught up.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="models">The read models.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<Ok<IReadOnlyList<ProjectionStatus>>> ListAsync(IReadModels models, CancellationToken cancellationToken) =>
        TypedResults.Ok(await models.StatusAsync(cancellationToken));

    /// <param name="name">The projection, such as `statistics`.</param>
    /// <param name="models">The read models.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<Results<Accepted, ProblemHttpResult>> RebuildAsync(string name, IReadModels models, CancellationToken cancellationToken) =>
        await models.RebuildAsync(name, cancellationToken)
            ? TypedResults.Accepted((string?)null)
            : Problems.NotFound("admin.projection-not-found", $"No projection named {name} has run yet.");
}
