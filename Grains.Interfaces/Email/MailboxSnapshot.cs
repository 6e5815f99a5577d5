namespace Keel.Grains.Interfaces.Email;

/// <summary>A mailbox's state as its snapshot stores it: the mails sent, oldest first.</summary>
/// <param name="Sent">The mails sent to this address.</param>
[GenerateSerializer, Immutable, Alias("keel.email.mailbox-snapshot.v1")]
public sealed record MailboxSnapshot([property: Id(0)] IReadOnlyList<MailMessage> Sent);
