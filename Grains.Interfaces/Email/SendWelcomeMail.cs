namespace Keel.Grains.Interfaces.Email;

/// <summary>Welcome a newly registered user.</summary>
/// <param name="UserId">The new user.</param>
/// <param name="Name">The user's display name.</param>
/// <param name="To">The address as the user wrote it, where the mail goes (the mailbox is keyed by its lower-cased form);
/// null from a sender that predates it: the mailbox's key.</param>
/// <param name="Code">The code that confirms the address, for the mail to carry (null for a registration before codes).</param>
[GenerateSerializer, Immutable, Alias("keel.email.send-welcome-mail.v1")]
public sealed record SendWelcomeMail(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? To = null,
    [property: Id(3)] string? Code = null);
