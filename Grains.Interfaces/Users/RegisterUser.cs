using Keel.Domain.Users;

namespace Keel.Grains.Interfaces.Users;

/// <summary>A request to register a user account.</summary>
/// <param name="Email">The user's e-mail address; unique across all users. Surrounding spaces are ignored, and addresses are compared case-insensitively, the part before '@' included; the user's record keeps it as written (domain in lower case).</param>
/// <param name="Name">The user's display name, 1 to 200 characters.</param>
[GenerateSerializer, Immutable, Alias("keel.users.register-user.v1")]
public sealed record RegisterUser(
    [property: Id(0)] EmailAddress Email,
    [property: Id(1)] PersonName Name);
