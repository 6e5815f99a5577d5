using Keel.Api.Http;
using Keel.Contracts.Users;
using Keel.Domain.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keel.Api.Users;

/// <summary>The Users service over HTTP.</summary>
[ServiceEndpoints]
public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this IEndpointRouteBuilder routes)
    {
        var users = routes.MapGroup("/users").WithTags("Users");
        users.MapPost("/", RegisterAsync)
            .WithName("RegisterUser")
            .WithSummary("Register a user")
            .WithDescription("Creates an account for a unique e-mail address; the Email service then sends one welcome mail.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        users.MapGet("/{userId}", GetAsync)
            .WithName("GetUser")
            .WithSummary("Get a user")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return users;
    }

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> RegisterAsync(
        RegisterUser command, IGrainFactory grains, TimeProvider clock)
    {
        if (!UserInput.TryParse(command, out _, out _, out var errors))
        {
            return Problems.Invalid(errors);
        }
        var userId = Guid.CreateVersion7(clock.GetUtcNow());
        var result = await grains.GetGrain<IUserGrain>(userId).RegisterAsync(command);
        return result.ToHttp(user => TypedResults.Created($"/api/v1/users/{user.UserId}", user));
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetAsync(string userId, IGrainFactory grains)
    {
        if (!UserId.TryParse(userId, out var id))
        {
            return Problems.Invalid("userId", "A user id is a UUID such as 0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f.");
        }
        var user = await grains.GetGrain<IUserGrain>(id.Value).GetAsync();
        return user is null
            ? Problems.NotFound("users.not-found", $"No user has the id {id}.")
            : TypedResults.Ok(user);
    }
}
