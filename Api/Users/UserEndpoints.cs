using Keel.Api.Idempotency;
using Keel.Grains.Interfaces.Users;
using Keel.Domain.Users;

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
            .WithDescription("Creates an account for a unique e-mail address; the Email service then sends one welcome mail. "
                + "Public: needs no token. With an Idempotency-Key, the user's id is derived from the key, so a retry creates nobody new.")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        var user = users.MapGroup("/{userId}").ForTheCaller("userId", "A user reads and changes only their own profile (or holds the admin role).");
        user.MapGet("/", GetAsync)
            .WithName("GetUser")
            .WithSummary("Get a user")
            .WithDescription("A user reads their own profile; an admin reads anyone's.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        user.MapPut("/name", (UserId userId, UserCommand.ChangeName command, IGrainFactory grains) => grains.GetGrain<IUserGrain>(userId.Value).ChangeNameAsync(command).ToHttpAsync())
            .WithName("ChangeUserName").WithSummary("Change the user's display name").Rejects<UserRejection>();
        return users;
    }

    public static async Task<Results<Created<UserView>, ProblemHttpResult>> RegisterAsync(
        RegisterUser command, IGrainFactory grains, TimeProvider clock, HttpContext http)
    {
        var userId = IdempotentRequest.NewId(http, clock, "users");
        var result = await grains.GetGrain<IUserGrain>(userId).RegisterAsync(command);
        return result.ToHttp(user => TypedResults.Created($"/api/v1/users/{user.UserId}", user));
    }

    /// <param name="userId">The user's id, a UUID such as 0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f.</param>
    /// <param name="grains">The cluster.</param>
    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetAsync(UserId userId, IGrainFactory grains) =>
        await grains.GetGrain<IUserGrain>(userId.Value).GetAsync() is { } user
            ? TypedResults.Ok(user)
            : Problems.NotFound("users.not-found", $"No user has the id {userId}.");
}
