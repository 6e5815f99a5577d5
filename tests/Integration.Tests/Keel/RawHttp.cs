using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Keel.Testing.Fuzz;

namespace Keel.Integration.Tests;

/// <summary>
/// HTTP/1.1 over a bare socket, one request per connection: sends a <see cref="FuzzRequest"/> byte for byte as generated
/// (HttpClient would refuse or normalize much of it), so Kestrel's own checks run, then reads the whole answer.
/// </summary>
public static class RawHttp
{
    public static async Task<FuzzResponse> SendAsync(Uri server, FuzzRequest request, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancel.Token);
        var stream = client.GetStream();
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Method} {request.Target} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: {server.Authority}\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in request.Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        if (request.Body is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {request.Body.Length}\r\n");
        }
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()), cancel.Token);
        try
        {
            if (request.Body is not null)
            {
                await stream.WriteAsync(request.Body, cancel.Token);
            }
        }
        catch (IOException)
        {
            // Kestrel may answer and close before it has read a body it refused; the answer is still there to read.
        }
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, cancel.Token);
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the answer (the unread body of a refused request): what was read is the answer.
        }
        return Parse(received.ToArray());
    }

    private static FuzzResponse Parse(byte[] raw)
    {
        var end = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            throw new InvalidOperationException($"No HTTP answer: {Encoding.UTF8.GetString(raw)}");
        }
        var lines = Encoding.ASCII.GetString(raw, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw.AsSpan(end + 4).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }
        var mediaType = headers.TryGetValue("Content-Type", out var contentType) ? contentType.Split(';')[0].Trim() : null;
        return new FuzzResponse(status, mediaType, body);
    }

    private static byte[] Unchunk(byte[] chunked)
    {
        using var body = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            var size = int.Parse(Encoding.ASCII.GetString(chunked, position, lineEnd).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            position += lineEnd + 2;
            if (size == 0)
            {
                return body.ToArray();
            }
            body.Write(chunked, position, size);
            position += size + 2;
        }
    }
}
