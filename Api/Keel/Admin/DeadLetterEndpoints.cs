using System.Globalization;
using Keel.Grains.Postgres.Streaming;

namespace Keel.Api.Admin;

/// <summary>
/// Operators' view of events the bridge gave up on, and the way to send one again: per service (its stream namespace),
/// a page at a time (newest first; <c>Link: rel="next"</c> points at the next page). A redrive names the service, in the
/// route (<c>/admin/services/{service}/dead-letters/{id}/redrive</c>) or as <c>?service=</c>; a dead letter of another
/// service is 404. The older <c>/admin/dead-letters/{id}/redrive</c> without <c>?service=</c> still redrives by id alone.
/// </summary>
public static class DeadLetterEndpoints
{
    public const int MaxLimit = 500;
    public const int DefaultLimit = 100;

    public static IEndpointRouteBuilder MapDeadLetterEndpoints(this IEndpointRouteBuilder routes)
    {
        var deadLetters = routes.MapGroup("/admin/dead-letters").WithTags("Admin");
        deadLetters.MapGet("/", ListAsync)
            .WithName("ListDeadLetters")
            .WithSummary("List dead letters, newest first")
            .WithDescription("Events a subscription failed to handle the maximum number of times, with the failure reason; "
                + "`service` keeps one service's, `before` (the last id of a page) gives the next page, also linked as `Link: rel=\"next\"`.")
            .ProducesValidationProblem();
        deadLetters.MapPost("/{id}/redrive", RedriveAsync)
            .WithName("RedriveDeadLetter")
            .WithSummary("Deliver a dead letter again")
            .WithDescription("Moves it back into its queue with its attempts reset; the subscription's idempotency makes a repeat harmless. "
                + "With `service`, only a dead letter of that service (another's is 404).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        var ofService = routes.MapGroup("/admin/services/{service}/dead-letters").WithTags("Admin");
        ofService.MapGet("/", ListOfServiceAsync)
            .WithName("ListServiceDeadLetters")
            .WithSummary("List a service's dead letters, newest first")
            .WithDescription("The dead letters of the service's stream namespace; `before` (the last id of a page) gives the next page, "
                + "also linked as `Link: rel=\"next\"`.")
            .ProducesValidationProblem();
        ofService.MapPost("/{id}/redrive", RedriveOfServiceAsync)
            .WithName("RedriveServiceDeadLetter")
            .WithSummary("Deliver a dead letter of the service again")
            .WithDescription("Moves it back into its queue with its attempts reset; a dead letter of another service is 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="store">Dead letters in PostgreSQL.</param>
    /// <param name="http">The request (the next page's link goes into its response).</param>
    /// <param name="service">Only this service's dead letters (its stream namespace, such as `users`).</param>
    /// <param name="limit">How many to return, 1 to 500 (default 100).</param>
    /// <param name="before">Only dead letters with a smaller id: the last id of the previous page.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<Results<Ok<IReadOnlyList<DeadLetter>>, ProblemHttpResult>> ListAsync(
        DeadLetterStore store, HttpContext http, string? service, int? limit, long? before, CancellationToken cancellationToken) =>
        PageAsync(store, http, service, limit, before, cancellationToken);

    /// <param name="service">The service (its stream namespace, such as `users`).</param>
    /// <param name="store">Dead letters in PostgreSQL.</param>
    /// <param name="http">The request (the next page's link goes into its response).</param>
    /// <param name="limit">How many to return, 1 to 500 (default 100).</param>
    /// <param name="before">Only dead letters with a smaller id: the last id of the previous page.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<Results<Ok<IReadOnlyList<DeadLetter>>, ProblemHttpResult>> ListOfServiceAsync(
        string service, DeadLetterStore store, HttpContext http, int? limit, long? before, CancellationToken cancellationToken) =>
        PageAsync(store, http, service, limit, before, cancellationToken);

    /// <param name="id">The dead letter's id.</param>
    /// <param name="store">Dead letters in PostgreSQL.</param>
    /// <param name="service">Only when the dead letter is of this service (its stream namespace).</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<Results<Accepted, ProblemHttpResult>> RedriveAsync(
        string id, DeadLetterStore store, string? service, CancellationToken cancellationToken) =>
        RedriveInAsync(id, service, store, cancellationToken);

    /// <param name="service">The service the dead letter must be of (its stream namespace).</param>
    /// <param name="id">The dead letter's id.</param>
    /// <param name="store">Dead letters in PostgreSQL.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<Results<Accepted, ProblemHttpResult>> RedriveOfServiceAsync(
        string service, string id, DeadLetterStore store, CancellationToken cancellationToken) =>
        RedriveInAsync(id, service, store, cancellationToken);

    private static async Task<Results<Ok<IReadOnlyList<DeadLetter>>, ProblemHttpResult>> PageAsync(
        DeadLetterStore store, HttpContext http, string? service, int? limit, long? before, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.Invalid("limit", $"The limit is between 1 and {MaxLimit}.");
        }
        if (before is < 1)
        {
            return Problems.Invalid("before", "Before is a dead letter id, a positive whole number.");
        }
        var size = limit ?? DefaultLimit;
        var page = await store.ListAsync(string.IsNullOrEmpty(service) ? null : service, before, size, cancellationToken);
        if (page.Count == size)
        {
            var request = http.Request;
            var query = QueryString.Create(request.Query
                .Where(p => !string.Equals(p.Key, "before", StringComparison.OrdinalIgnoreCase))
                .Append(new("before", page[^1].Id.ToString(CultureInfo.InvariantCulture))));
            http.Response.Headers.Link = $"<{request.PathBase}{request.Path}{query}>; rel=\"next\"";
        }
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RedriveInAsync(
        string id, string? service, DeadLetterStore store, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Problems.Invalid("id", "A dead letter id is a positive whole number.");
        }
        var redriven = string.IsNullOrEmpty(service)
            ? await store.RedriveAsync(number, cancellationToken)
            : await store.RedriveAsync(number, service, cancellationToken);
        return redriven
            ? TypedResults.Accepted((string?)null)
            : Problems.NotFound("admin.dead-letter-not-found",
                service is { Length: > 0 } ? $"Service {service} has no dead letter {number}." : $"There is no dead letter {number}.");
    }
}
