
namespace Keel.Grains.Interfaces.Email;

/// <summary>The mails sent to one address; keyed by the address's canonical form (lower case).</summary>
[Alias("keel.email.IMailboxGrain")]
public interface IMailboxGrain : IGrainWithStringKey
{
    /// <summary>Sends the welcome mail unless this user was welcomed already.</summary>
    [Alias("send-welcome")]
    Task SendWelcomeAsync(SendWelcomeMail command);

    /// <summary>The mails sent to this address, oldest first.</summary>
    [Alias("messages"), ReadOnly]
    Task<IReadOnlyList<Domain.Email.MailMessage>> GetMessagesAsync();
}
