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
    public void APlainMailIsExactlyItsHeadersAndItsBodyWithCrlfLineEnds()
    {
        var mail = Mail("Ada") with { TextBody = "Hello Ada,\r\n\tyour account\nis ready.\n" };

        var text = Encoding.ASCII.GetString(Renderer.TryRenderPlain(mail)!);

        Assert.Equal(
            "From: Keel <no-reply@keel.test>\r\nDate: Mon, 23 Nov 2026 09:05:07 +0000\r\nSubject: Welcome to Keel, Ada\r\n"
            + "Message-Id: <welcome.0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f@keel>\r\nTo: ada@example.com\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
            + "Hello Ada,\r\n\tyour account\r\nis ready.\r\n\r\n",
            text);
    }

    [Theory]
    [InlineData("a line\rwith a lone carriage return")]
    [InlineData("ends with a carriage return\r")]
    [InlineData("a bell \u0007")]
    public void ABodyThatIsNotPlainTextLinesGoesThroughMimeKit(string body)
    {
        var mail = Mail("Ada") with { TextBody = body };

        Assert.Null(Renderer.TryRenderPlain(mail));
        Assert.NotEmpty(Parse(Renderer.Render(mail)).TextBody ?? "");
    }

    [Fact]
    public void ALineOverTheLimitGoesThroughMimeKit()
    {
        Assert.NotNull(Renderer.TryRenderPlain(Mail("Ada") with { TextBody = new string('x', 998) }));
        Assert.Null(Renderer.TryRenderPlain(Mail("Ada") with { TextBody = "short\n" + new string('x', 999) }));
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
