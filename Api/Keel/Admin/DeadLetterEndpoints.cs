using Keel.Api.Http;
using Keel.Grains.Postgres.Streaming;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keel.Api.Admin;

/// <summary>Operators' view of events the bridge gave up on, and the way to send one again.</summary>
public static class DeadLetterEndpoints
{
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapDeadLetterEndpoints(this IEndpointRouteBuilder routes)
    {
        var deadLetters = routes.MapGroup("/admin/dead-letters").WithTags("Admin");
        deadLetters.MapGet("/", ListAsync)
            .WithName("ListDeadLetters")
            .WithSummary("List dead letters, newest first")
            .WithDescription("Events a subscription failed to handle the maximum number of times, with the failure reason.")
            .ProducesValidationProblem();
        deadLetters.MapPost("/{id}/redrive", RedriveAsync)
            .WithName("RedriveDeadLetter")
            .WithSummary("Deliver a dead letter again")
            .WithDescription("Moves it back into its queue with its attempts reset; the subscription's idempotency makes a repeat harmless.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return deadLetters;
    }

    /// <param name="store">Dead letters in PostgreSQL.</param>
    /// <param name="limit">How many to return, 1 to 500 (default 100).</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<Results<Ok<IReadOnlyList<DeadLetter>>, ProblemHttpResult>> ListAsync(
        DeadLetterStore store, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.Invalid("limit", $"The limit is between 1 and {MaxLimit}.");
        }
        return TypedResults.Ok(await store.ListAsync(limit ?? 100, cancellationToken));
    }

    /// <param name="id">The dead letter's id.</param>
    /// <param name="store">Dead letters in PostgreSQL.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<Results<Accepted, ProblemHttpResult>> RedriveAsync(
        string id, DeadLetterStore store, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return Problems.Invalid("id", "A dead letter id is a positive whole number.");
        }
        return await store.RedriveAsync(number, cancellationToken)
            ? TypedResults.Accepted((string?)null)
            : Problems.NotFound("admin.dead-letter-not-found", $"There is no dead letter {number}.");
    }
}
