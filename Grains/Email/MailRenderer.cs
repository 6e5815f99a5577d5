using System.Buffers;
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
    private readonly byte[]? _fromHeader;

    public MailRenderer(string from)
    {
        _from = from;
        var header = "From: " + MailboxAddress.Parse(from).ToString(Format, encode: true);
        _fromHeader = IsPlain(header, MaxHeaderLine) ? Encoding.ASCII.GetBytes(header + Crlf) : null;
    }

    public byte[] Render(OutgoingMail mail)
    {
        if (TryRenderPlain(mail) is { } plain)
        {
            return plain;
        }
        using var buffer = new MemoryStream(2048);
        MimeMails.Build(mail, _from).WriteTo(Format, buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The direct rendering, or null when the mail needs MimeKit's encoding: every part is checked, measured, and
    /// then written once into a buffer of exactly the message's size (the body's bare line feeds become CRLF).
    /// </summary>
    internal byte[]? TryRenderPlain(OutgoingMail mail)
    {
        Span<char> date = stackalloc char[40];
        if (_fromHeader is null || !IsPlain(mail.Subject, MaxHeaderLine - "Subject: ".Length)
            || mail.Subject.Contains("=?", StringComparison.Ordinal) || !IsPlainAddress(mail.To)
            || !IsPlainMessageId(mail.MessageId) || PlainBodyLength(mail.TextBody) is not { } bodyLength
            || !TryFormatDate(mail.Date, date, out var dateLength))
        {
            return null;
        }
        var message = new byte[_fromHeader.Length + DateField.Length + dateLength + SubjectField.Length + mail.Subject.Length
            + MessageIdField.Length + mail.MessageId.Length + ToField.Length + mail.To.Length
            + FixedHeaders.Length + bodyLength];
        var rest = message.AsSpan();
        Write(ref rest, _fromHeader);
        Write(ref rest, DateField);
        Write(ref rest, date[..dateLength]);
        Write(ref rest, SubjectField);
        Write(ref rest, mail.Subject);
        Write(ref rest, MessageIdField);
        Write(ref rest, mail.MessageId);
        Write(ref rest, ToField);
        Write(ref rest, mail.To);
        Write(ref rest, FixedHeaders);
        WriteBody(ref rest, mail.TextBody);
        return rest.IsEmpty ? message : throw new InvalidOperationException("The mail's measured size was wrong.");
    }

    private static ReadOnlySpan<byte> DateField => "Date: "u8;
    private static ReadOnlySpan<byte> SubjectField => "\r\nSubject: "u8;
    private static ReadOnlySpan<byte> MessageIdField => "\r\nMessage-Id: <"u8;
    private static ReadOnlySpan<byte> ToField => "@keel>\r\nTo: "u8;
    private static ReadOnlySpan<byte> FixedHeaders =>
        "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"u8;

    private static void Write(ref Span<byte> into, scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(into);
        into = into[bytes.Length..];
    }

    /// <summary>Checked ASCII text: each character is its byte.</summary>
    private static void Write(ref Span<byte> into, scoped ReadOnlySpan<char> ascii)
    {
        var written = Encoding.ASCII.GetBytes(ascii, into);
        into = into[written..];
    }

    private static void WriteBody(ref Span<byte> into, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            {
                into[0] = (byte)'\r';
                into = into[1..];
            }
            into[0] = (byte)text[i];
            into = into[1..];
        }
        Write(ref into, "\r\n"u8);
    }

    /// <summary>RFC 5322 date-time, for example <c>Mon, 23 Nov 2026 09:00:00 +0000</c>.</summary>
    private static bool TryFormatDate(DateTimeOffset date, Span<char> into, out int length)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return into.TryWrite(CultureInfo.InvariantCulture,
            $"{date:ddd, dd MMM yyyy HH:mm:ss} {sign}{absolute.Hours:00}{absolute.Minutes:00}", out length);
    }

    /// <summary>Printable ASCII within <paramref name="max"/> characters.</summary>
    private static bool IsPlain(ReadOnlySpan<char> text, int max) =>
        text.Length <= max && !text.ContainsAnyExceptInRange(' ', '~');

    /// <summary>A bare ASCII addr-spec: one @, nothing a parser could read as a display name, group or comment.</summary>
    private static bool IsPlainAddress(string address)
    {
        var at = address.IndexOf('@');
        return at > 0 && at == address.LastIndexOf('@') && at < address.Length - 1 && address.Length <= MaxHeaderLine - "To: ".Length
            && !address.AsSpan().ContainsAnyExceptInRange('!', '~') && address.AsSpan().IndexOfAny(AddressSpecials) < 0;
    }

    private static readonly SearchValues<char> AddressSpecials = SearchValues.Create("<>()[]\\,;:\"");

    private static bool IsPlainMessageId(string id) =>
        id.Length is > 0 and <= 200 && id[0] != '.' && id[^1] != '.' && !id.Contains("..", StringComparison.Ordinal)
        && id.AsSpan().IndexOfAnyExcept(MessageIdCharacters) < 0;

    private static readonly SearchValues<char> MessageIdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_");

    /// <summary>
    /// The body's size with CRLF line ends and a final CRLF, or null when it is not 7-bit ASCII (tabs allowed) with
    /// lines under the limit. A carriage return only ever ends a line, before its line feed.
    /// </summary>
    private static int? PlainBodyLength(string text)
    {
        var (length, line) = (2, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // counted with its line feed
            }
            if (c == '\n')
            {
                (length, line) = (length + 2, 0);
                continue;
            }
            if ((c is not '\t' and (< ' ' or > '~')) || ++line > MaxBodyLine)
            {
                return null;
            }
            length++;
        }
        return length;
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
