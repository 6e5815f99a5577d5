namespace Keel.Grains.Interfaces.Users;

/// <summary>A registered user.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Email">The normalized e-mail address.</param>
/// <param name="Name">The display name.</param>
/// <param name="RegisteredAt">When the registration was accepted (UTC).</param>
[GenerateSerializer, Immutable, Alias("keel.users.user-view.v1")]
public sealed record UserView(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string Email,
    [property: Id(2)] string Name,
    [property: Id(3)] DateTimeOffset RegisteredAt);
