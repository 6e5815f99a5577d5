using Keel.Grains.Interfaces;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keel.Api.Http;

/// <summary>Maps a command's reply to a typed HTTP result: its success result, or problem details.</summary>
public static class CommandResults
{
    public static Results<TSuccess, ProblemHttpResult> ToHttp<T, TSuccess>(this CommandResult<T> result, Func<T, TSuccess> success)
        where TSuccess : IResult =>
        result.IsAccepted ? success(result.Value) : Problems.From(result.Rejection);
}
