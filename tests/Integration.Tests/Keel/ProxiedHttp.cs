using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Keel.Integration.Tests;

/// <summary>
/// Requests as a reverse proxy on this machine sends them: from its own loopback address (127.0.0.2, which the Api is
/// told to trust), with <c>X-Forwarded-For</c> naming the client and <c>X-Forwarded-Proto</c> the scheme it used.
/// </summary>
public static class ProxiedHttp
{
    public static readonly IPAddress Proxy = IPAddress.Parse("127.0.0.2");

    /// <summary>A client whose connections come from <paramref name="from"/> (127.0.0.1 is anyone on this machine).</summary>
    public static HttpClient From(Uri api, IPAddress from) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };

    public static HttpRequestMessage Request(
        HttpMethod method, string path, string? forwardedFor = null, string? proto = null, string? token = null, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }
        if (proto is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", proto);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return request;
    }

    public static string Registration() => $$"""{"email":"proxied-{{Guid.NewGuid():N}}@example.com","name":"Proxied"}""";

    /// <summary>Sends <paramref name="count"/> requests at once; returns their statuses.</summary>
    public static async Task<HttpStatusCode[]> BurstAsync(HttpClient http, int count, Func<int, HttpRequestMessage> request) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var message = request(i);
            using var response = await http.SendAsync(message);
            return response.StatusCode;
        }));
}
