namespace Keel.Grains.Interfaces.Email;

/// <summary>A mail Keel has sent.</summary>
/// <param name="Id">The message id; stable, so a mail is never sent twice under two ids.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Kind">Why it was sent, for example <c>welcome</c>.</param>
/// <param name="SentAt">When it was handed to the mail transport (UTC).</param>
[GenerateSerializer, Immutable, Alias("keel.email.mail-message.v1")]
public sealed record MailMessage(
    [property: Id(0)] string Id,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Kind,
    [property: Id(4)] DateTimeOffset SentAt);
