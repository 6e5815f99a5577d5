using System.Text;
using Keel.Grains.Email;
using MimeKit;

namespace Keel.Grains.Tests;

public sealed class MailRendererTests
{
    private static readonly MailRenderer Renderer = new("Keel <no-reply@keel.test>");
    private static readonly DateTimeOffset Sent = new(2026, 11, 23, 9, 5, 7, TimeSpan.Zero);

    private static OutgoingMail Mail(string name) => new(
        "welcome.0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f", "ada@example.com", $"Welcome to Keel, {name}",
        $"Hello {name},\n\nyour Keel account is ready.\n\n-- The Keel team", Sent);

    private static MimeMessage Parse(byte[] bytes) => MimeMessage.Load(new MemoryStream(bytes));

    [Fact]
    public void AnAsciiMailIsWrittenDirectlyAndReadsBackLikeTheOriginal()
    {
        var mail = Mail("Ada Lovelace");
        Assert.NotNull(Renderer.TryRenderPlain(mail));

        var message = Parse(Renderer.Render(mail));

        Assert.Equal("welcome.0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f@keel", message.MessageId);
        Assert.Equal("no-reply@keel.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("Keel", message.From.Mailboxes.Single().Name);
        Assert.Equal("ada@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("Welcome to Keel, Ada Lovelace", message.Subject);
        Assert.Equal(Sent, message.Date);
        Assert.Equal(mail.TextBody, message.TextBody?.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void ADateKeepsItsOffset()
    {
        var sent = new DateTimeOffset(2026, 11, 23, 9, 5, 7, TimeSpan.FromHours(-3.5));

        Assert.Equal(sent, Parse(Renderer.Render(Mail("Ada") with { Date = sent })).Date);
    }

    [Fact]
    public void TextThatLooksLikeAnEncodedWordIsNotWrittenDirectly() =>
        Assert.Null(Renderer.TryRenderPlain(Mail("=?utf-8?B?QWRh?=")));

    [Fact]
    public void EveryLineEndsWithCrlfAndStaysWithinTheLimits()
    {
        var text = Encoding.ASCII.GetString(Renderer.Render(Mail("Ada")));

        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        var headers = lines.TakeWhile(line => line.Length > 0);
        Assert.All(headers, line => Assert.True(line.Length <= 78, line));
        Assert.All(lines, line => Assert.True(line.Length <= 998));
    }

    [Theory]
    [InlineData("Zoë Ðorđević")]                              // non-ASCII: encoded words and a non-7-bit body
    [InlineData("Ada with a name long enough to push the subject header past seventy-eight characters")]
    public void AnythingElseGoesThroughMimeKitAndStillReadsBackLikeTheOriginal(string name)
    {
        var mail = Mail(name);
        Assert.Null(Renderer.TryRenderPlain(mail));

        var message = Parse(Renderer.Render(mail));

        Assert.Equal($"Welcome to Keel, {name}", message.Subject);
        Assert.Equal(mail.TextBody, message.TextBody?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("ada@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal(Sent, message.Date);
    }

    [Fact]
    public void BothRenderingsReadBackTheSame()
    {
        var mail = Mail("Grace Hopper");
        var direct = Parse(Renderer.Render(mail));
        using var viaMimeKit = new MemoryStream();
        MimeMails.Build(mail, "Keel <no-reply@keel.test>").WriteTo(viaMimeKit);
        var reference = MimeMessage.Load(new MemoryStream(viaMimeKit.ToArray()));

        Assert.Equal(reference.MessageId, direct.MessageId);
        Assert.Equal(reference.Subject, direct.Subject);
        Assert.Equal(reference.Date, direct.Date);
        Assert.Equal(reference.From.ToString(), direct.From.ToString());
        Assert.Equal(reference.To.ToString(), direct.To.ToString());
        Assert.Equal(reference.TextBody?.ReplaceLineEndings().TrimEnd(), direct.TextBody?.ReplaceLineEndings().TrimEnd());
    }
}
