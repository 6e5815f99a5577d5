namespace Keel.Grains.Interfaces.Email;

/// <summary>Welcome a newly registered user.</summary>
/// <param name="UserId">The new user.</param>
/// <param name="Name">The user's display name.</param>
[GenerateSerializer, Immutable, Alias("keel.email.send-welcome-mail.v1")]
public sealed record SendWelcomeMail(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string Name);
