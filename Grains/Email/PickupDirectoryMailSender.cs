using Microsoft.Extensions.Options;

namespace Keel.Grains.Email;

/// <summary>
/// Drops each mail as an <c>.eml</c> file into a pickup directory, the way IIS and Exchange relays pick them up.
/// The file is named after the message id and replaced atomically, so sending the same mail twice leaves one file.
/// </summary>
internal sealed class PickupDirectoryMailSender(IOptions<MailOptions> options) : IMailSender
{
    private readonly string _directory = Directory.CreateDirectory(options.Value.ResolvePickupDirectory()).FullName;
    private readonly MailRenderer _renderer = new(options.Value.From);

    /// <summary>
    /// The message is rendered in memory and written with one system call: a mail is a few hundred bytes, and
    /// MimeKit's asynchronous file path cost a thread-pool hop per flush and per close (15 % of a loaded silo, perf).
    /// </summary>
    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rendered = _renderer.Render(mail);
        var target = Path.Combine(_directory, FileNameFor(mail.MessageId));
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(rendered);
        }
        File.Move(temporary, target, overwrite: true);
        return Task.CompletedTask;
    }

    private static string FileNameFor(string messageId) =>
        string.Create(messageId.Length + 4, messageId, static (name, id) =>
        {
            for (var i = 0; i < id.Length; i++)
            {
                name[i] = char.IsAsciiLetterOrDigit(id[i]) || id[i] is '.' or '-' ? id[i] : '_';
            }
            ".eml".CopyTo(name[id.Length..]);
        });
}
