namespace Keel.Grains.Email;

/// <summary>The port through which the Email service hands mails to a transport.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
