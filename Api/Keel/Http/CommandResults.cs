using System.Runtime.CompilerServices;

namespace Keel.Api.Http;

/// <summary>Maps a command's reply to a typed HTTP result: its success result, or problem details.</summary>
public static class CommandResults
{
    public static Results<TSuccess, ProblemHttpResult> ToHttp<T, TSuccess>(this CommandResult<T> result, Func<T, TSuccess> success)
        where TSuccess : IResult =>
        result.IsAccepted ? success(result.Value) : Problems.From(result.Rejection);

    /// <summary>A command's reply as <c>200</c> with its value, or its rejection as problem details.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ToHttpAsync<T>(this Task<CommandResult<T>> reply) =>
        (await reply).ToHttp(TypedResults.Ok);

    /// <summary>What a read found as <c>200</c>, or <paramref name="missing"/> as problem details when it found nothing.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ToHttpAsync<T>(this Task<T?> read, IRejection missing) where T : class =>
        await read is { } found ? TypedResults.Ok(found) : Problems.From(Rejection.Of(missing));

    /// <summary>Documents the problems a command can answer: invalid input, and one per family of <typeparamref name="TRejection"/>'s cases.</summary>
    public static RouteHandlerBuilder Rejects<TRejection>(this RouteHandlerBuilder builder) where TRejection : IRejection
    {
        builder = builder.ProducesValidationProblem();
        var cases = typeof(TRejection).GetNestedTypes().Where(t => !t.IsAbstract && typeof(TRejection).IsAssignableFrom(t));
        foreach (var kind in cases.Select(t => ((IRejection)RuntimeHelpers.GetUninitializedObject(t)).Kind).Distinct())
        {
            if (kind != RejectionKind.Invalid)
            {
                builder = builder.ProducesProblem(Problems.StatusFor(kind));
            }
        }
        return builder;
    }
}
