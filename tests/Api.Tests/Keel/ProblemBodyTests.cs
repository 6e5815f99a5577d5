using System.Net;
using System.Text;
using System.Text.Json;

namespace Keel.Api.Tests;

/// <summary>Every problem answer is application/problem+json with code and traceId, whatever the client accepts.</summary>
[Collection(ApiCollection.Name)]
public class ProblemBodyTests(KeelApiFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    public static TheoryData<string, string, string, string?, string, int, string> Requests()
    {
        var data = new TheoryData<string, string, string, string?, string, int, string>();
        foreach (var accept in new[] { "text/html", "application/xml", "text/plain", "image/png", "application/json;q=0" })
        {
            data.Add(accept, "GET", "/api/v1/email/messages", null, "", 400, "validation");
            data.Add(accept, "GET", "/api/v1/users/not-a-uuid", null, "", 400, "validation");
            data.Add(accept, "GET", "/api/v1/nothing-here", null, "", 404, "not-found");
            data.Add(accept, "DELETE", "/api/v1/users", null, "", 405, "method-not-allowed");
            data.Add(accept, "POST", "/api/v1/users", "application/json", "{", 400, "validation");
            data.Add(accept, "POST", "/api/v1/users", "application/json; charset=bogus", "{}", 415, "unsupported-media-type");
            data.Add(accept, "POST", "/api/v1/users", "text/plain", "{}", 415, "unsupported-media-type");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryProblemCarriesCodeAndTraceIdWhateverTheAcceptHeader(
        string accept, string method, string url, string? contentType, string body, int status, string code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await _http.SendAsync(request);

        var problem = await response.AssertProblemAsync((HttpStatusCode)status, code);
        Assert.Equal(JsonValueKind.String, problem.GetProperty("traceId").ValueKind);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$", problem.GetProperty("traceId").GetString());
    }
}
