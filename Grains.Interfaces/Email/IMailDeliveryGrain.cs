namespace Keel.Grains.Interfaces.Email;

/// <summary>
/// Sends mails without activating the mailboxes they go to (a stateless worker on every silo of the Email service; any
/// key will do; Keel calls it with 0): what <see cref="IMailboxGrain.SendWelcomeAsync"/> does, for the mailbox of
/// <c>address</c> (its canonical form).
/// </summary>
[Alias("keel.email.IMailDeliveryGrain")]
public interface IMailDeliveryGrain : IGrainWithIntegerKey
{
    [Alias("send-welcome")]
    Task SendWelcomeAsync(string address, SendWelcomeMail command);
}
