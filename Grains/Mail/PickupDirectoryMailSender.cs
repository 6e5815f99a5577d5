using Microsoft.Extensions.Options;

namespace Keel.Grains.Mail;

/// <summary>
/// Drops each mail as an <c>.eml</c> file into a pickup directory, the way IIS and Exchange relays pick them up.
/// The file is named after the message id and replaced atomically, so sending the same mail twice leaves one file.
/// </summary>
internal sealed class PickupDirectoryMailSender(IOptions<MailOptions> options) : IMailSender
{
    private readonly string _directory = Directory.CreateDirectory(options.Value.ResolvePickupDirectory()).FullName;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = MimeMails.Build(mail, options.Value.From);
        var target = Path.Combine(_directory, FileNameFor(mail.MessageId));
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }

    private static string FileNameFor(string messageId) =>
        string.Concat(messageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".eml";
}
