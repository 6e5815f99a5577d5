using MimeKit;

namespace Keel.Grains.Email;

/// <summary>Builds the RFC 5322 message both transports send.</summary>
internal static class MimeMails
{
    public static MimeMessage Build(OutgoingMail mail, string from)
    {
        var message = new MimeMessage
        {
            MessageId = $"{mail.MessageId}@keel",
            Subject = mail.Subject,
            Date = mail.Date,
            Body = new TextPart("plain") { Text = mail.TextBody },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        return message;
    }
}
