using Keel.Api.Idempotency;
using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Api.Users;

/// <summary>The Users service over HTTP.</summary>
[ServiceEndpoints]
public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this IEndpointRouteBuilder routes)
    {
        var users = routes.MapGroup("/users").WithTags("Users");
        users.MapPost("/", RegisterAsync).WithName("RegisterUser").AllowAnonymous().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        var user = users.MapGroup("/{userId}").ForTheCaller("userId", "A user reads and changes only their own profile (or holds the admin role).");
        user.MapGet("/", GetAsync).WithName("GetUser").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        user.MapPut("/name", (UserId userId, UserCommand.ChangeName command, IGrainFactory grains) => grains.GetGrain<IUserGrain>(userId.Value).ChangeNameAsync(command).ToHttpAsync())
            .WithName("ChangeUserName").WithSummary("Change the user's display name").Rejects<UserRejection>();
        user.MapPost("/email/confirm", (UserId userId, UserCommand.ConfirmEmail command, IGrainFactory grains) => grains.GetGrain<IUserGrain>(userId.Value).ConfirmEmailAsync(command).ToHttpAsync())
            .WithName("ConfirmUserEmail").WithSummary("Confirm the user's address with the code of the welcome mail")
            .WithDescription("Proves that the user controls the address they registered: until then another registration may take the address once Keel:Users:ClaimLease has passed. "
                + "A wrong code is 400 (users.wrong-code); an address someone else registered after the lease passed is 409 (users.email-taken); confirming again changes nothing.")
            .Rejects<UserRejection>();
        return users;
    }

    /// <summary>Register a user</summary>
    /// <remarks>
    /// Creates an account for a unique e-mail address; the Email service then sends one welcome mail, which carries the
    /// code that confirms the address (POST /users/{userId}/email/confirm). An address not confirmed within
    /// Keel:Users:ClaimLease (24 h) can be registered again. Public: needs no token. With an Idempotency-Key, the user's
    /// id is derived from the key, so a retry creates nobody new.
    /// </remarks>
    /// <param name="command">The address and the display name.</param>
    /// <param name="grains">The cluster.</param>
    /// <param name="clock">The clock an idempotent id is derived with.</param>
    /// <param name="http">The request.</param>
    public static async Task<Results<Created<User.Registered>, ProblemHttpResult>> RegisterAsync(
        RegisterUser command, IGrainFactory grains, TimeProvider clock, HttpContext http) =>
        (await grains.GetGrain<IUserRegistrationGrain>(0).RegisterAsync(IdempotentRequest.NewId(http, clock, "users"), command))
            .ToHttp(user => TypedResults.Created($"/api/v1/users/{user.UserId}", user));

    /// <summary>Get a user</summary>
    /// <remarks>A user reads their own profile; an admin reads anyone's.</remarks>
    /// <param name="userId">The user's id, a UUID such as 0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f.</param>
    /// <param name="grains">The cluster.</param>
    public static Task<Results<Ok<User.Registered>, ProblemHttpResult>> GetAsync(UserId userId, IGrainFactory grains) =>
        grains.GetGrain<IUserGrain>(userId.Value).GetAsync().ToHttpAsync(new UserRejection.NotFound());
}
