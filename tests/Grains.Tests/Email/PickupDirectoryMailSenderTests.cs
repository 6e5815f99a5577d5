using Keel.Grains.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Keel.Grains.Tests;

public sealed class PickupDirectoryMailSenderTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("keel-pickup-");

    private PickupDirectoryMailSender Sender() =>
        new(Options.Create(new MailOptions { PickupDirectory = _directory.FullName, From = "Keel <no-reply@keel.test>" }));

    private static OutgoingMail Welcome() => new(
        "welcome.0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f", "ada@example.com", "Welcome to Keel, Ada", "Hello Ada,",
        new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WritesAnRfc5322MessageIntoThePickupDirectory()
    {
        await Sender().SendAsync(Welcome());

        var file = Assert.Single(_directory.GetFiles("*.eml"));
        var message = await MimeMessage.LoadAsync(file.FullName);
        Assert.Equal("welcome.0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f@keel", message.MessageId);
        Assert.Equal("ada@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@keel.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("Welcome to Keel, Ada", message.Subject);
        Assert.Equal("Hello Ada,", message.TextBody?.Trim());
    }

    [Fact]
    public async Task SendingTheSameMailAgainLeavesOneFile()
    {
        await Sender().SendAsync(Welcome());
        await Sender().SendAsync(Welcome());

        Assert.Single(_directory.GetFiles());
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
