
namespace Keel.Grains.Interfaces.Email;

/// <summary>A mail was handed to the mail transport.</summary>
/// <param name="MessageId">The stable message id.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Kind">Why it was sent.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="SentAt">When it was sent (UTC).</param>
[GenerateSerializer, Immutable, Alias("keel.email.mail-sent.v1")]
public sealed record MailSent(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string To,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Subject,
    [property: Id(4)] string TextBody,
    [property: Id(5)] DateTimeOffset SentAt) : IEvent;
