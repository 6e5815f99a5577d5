using System.Diagnostics;
using System.Text.Json;
using Keel.Testing.Fuzz;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace Keel.Api.Tests;

/// <summary>
/// Hostile input never reaches a 500: requests generated from the served OpenAPI document, for every operation in it,
/// through the whole in-process pipeline (TestServer, so no connection-level rejections exist here; the real-process
/// pass in Integration.Tests covers Kestrel's).
/// </summary>
[Collection(ApiCollection.Name)]
public class EdgeFuzzTests(KeelApiFactory factory, ITestOutputHelper output)
{
    /// <summary>Gives half of the requests a valid bearer token (an admin's or a user's); the rest go without.</summary>
    protected virtual Func<FuzzRequest, Task<FuzzRequest>>? Authorize => FuzzAuth.AuthorizeAsync;

    [Fact]
    public async Task NoGeneratedRequestGetsA5xxAndEvery4xxIsProblemDetails()
    {
        var http = factory.CreateClient().As(null);
        var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = FuzzOperation.ReadAll(document);
        Assert.Contains(operations, o => o.Name == "RegisterUser");
        var run = new FuzzRun
        {
            Operations = operations,
            Send = request => SendAsync(http, request),
            WriteLine = output.WriteLine,
            Authorize = Authorize,
            Expect = FuzzAuth.Check,
            // TestServer has no connection layer: of Kestrel's rejections it makes only this one (by throwing).
            ConnectionRejection = request => KestrelRejections.EncodedNulInPath(request) ? "path with an encoded NUL" : null,
        };
        var clock = Stopwatch.StartNew();

        await run.RunAsync();

        output.WriteLine($"{run.Iterations} requests in {clock.Elapsed.TotalSeconds:F1} s.");
        Assert.Equal(run.Iterations, run.Statuses.Values.Sum());
    }

    private static async Task<FuzzResponse> SendAsync(HttpClient http, FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(http.BaseAddress!, request.Target));
        var contentType = request.Header("Content-Type");
        if (request.Body is not null || contentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body ?? []);
        }
        foreach (var (name, value) in request.Headers)
        {
            var added = name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                ? message.Content!.Headers.TryAddWithoutValidation(name, value)
                : message.Headers.TryAddWithoutValidation(name, value);
            Assert.True(added, $"The header {name} could not be set.");
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message);
        }
        catch (InvalidOperationException) when (KestrelRejections.EncodedNulInPath(request))
        {
            // TestServer refuses to decode the path, as Kestrel does with a bare 400 before routing.
            return new FuzzResponse(StatusCodes.Status400BadRequest, null, []);
        }
        using var _ = response;
        return new FuzzResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }
}
