using System.Globalization;
using System.Text;
using MimeKit;

namespace Keel.Grains.Email;

/// <summary>
/// Renders a mail as an RFC 5322 message with CRLF line ends. The common case — an ASCII address, a short ASCII
/// subject and ASCII text with lines under the limit — is written directly: MimeKit allocated about 22 KB and took a
/// fifth of an in-process registration's throughput per mail (bench/InProcess). Anything else (non-ASCII names,
/// long or unusual headers) goes through MimeKit, which encodes it properly.
/// </summary>
internal sealed class MailRenderer
{
    private const int MaxHeaderLine = 78;   // RFC 5322 2.1.1: lines SHOULD stay within 78 characters
    private const int MaxBodyLine = 998;    // and MUST stay within 998
    private const string Crlf = "\r\n";

    private static readonly FormatOptions Format = CreateFormat();

    private readonly string _from;
    private readonly string? _fromHeader;

    public MailRenderer(string from)
    {
        _from = from;
        var header = "From: " + MailboxAddress.Parse(from).ToString(Format, encode: true);
        _fromHeader = IsPlainHeader(header) ? header : null;
    }

    public byte[] Render(OutgoingMail mail)
    {
        if (TryRenderPlain(mail) is { } plain)
        {
            return Encoding.ASCII.GetBytes(plain);
        }
        using var buffer = new MemoryStream(2048);
        MimeMails.Build(mail, _from).WriteTo(Format, buffer);
        return buffer.ToArray();
    }

    /// <summary>The direct rendering, or null when the mail needs MimeKit's encoding.</summary>
    internal string? TryRenderPlain(OutgoingMail mail)
    {
        var subject = "Subject: " + mail.Subject;
        if (_fromHeader is null || !IsPlainHeader(subject) || subject.Contains("=?", StringComparison.Ordinal)
            || !IsPlainAddress(mail.To) || !IsPlainMessageId(mail.MessageId) || PlainBody(mail.TextBody) is not { } body)
        {
            return null;
        }
        return new StringBuilder(400 + body.Length)
            .Append(_fromHeader).Append(Crlf)
            .Append("Date: ").Append(FormatDate(mail.Date)).Append(Crlf)
            .Append(subject).Append(Crlf)
            .Append("Message-Id: <").Append(mail.MessageId).Append("@keel>").Append(Crlf)
            .Append("To: ").Append(mail.To).Append(Crlf)
            .Append("MIME-Version: 1.0").Append(Crlf)
            .Append("Content-Type: text/plain; charset=us-ascii").Append(Crlf)
            .Append("Content-Transfer-Encoding: 7bit").Append(Crlf)
            .Append(Crlf)
            .Append(body)
            .ToString();
    }

    /// <summary>RFC 5322 date-time, for example <c>Mon, 23 Nov 2026 09:00:00 +0000</c>.</summary>
    private static string FormatDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"{date:ddd, dd MMM yyyy HH:mm:ss} {sign}{absolute.Hours:00}{absolute.Minutes:00}");
    }

    private static bool IsPlainHeader(string line) =>
        line.Length <= MaxHeaderLine && line.All(c => c is >= ' ' and <= '~');

    /// <summary>A bare ASCII addr-spec: one @, nothing a parser could read as a display name, group or comment.</summary>
    private static bool IsPlainAddress(string address)
    {
        var at = address.IndexOf('@');
        return at > 0 && at == address.LastIndexOf('@') && at < address.Length - 1 && address.Length <= MaxHeaderLine - 4
            && address.All(c => c is > ' ' and <= '~' && "<>()[]\\,;:\"".IndexOf(c) < 0);
    }

    private static bool IsPlainMessageId(string id) =>
        id.Length is > 0 and <= 200 && id[0] != '.' && id[^1] != '.' && !id.Contains("..", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>The text with CRLF line ends, or null when it is not 7-bit ASCII with lines under the limit.</summary>
    private static string? PlainBody(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var line in lines)
        {
            if (line.Length > MaxBodyLine || !line.All(c => c is '\t' or (>= ' ' and <= '~')))
            {
                return null;
            }
        }
        return string.Join(Crlf, lines) + Crlf;
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
