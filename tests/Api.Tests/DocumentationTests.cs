using System.Net;
using System.Text.Json;

namespace Keel.Api.Tests;

[Collection(ApiCollection.Name)]
public class DocumentationTests(KeelApiFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    private async Task<JsonElement> OpenApiAsync() =>
        JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json")).RootElement;

    [Theory]
    [InlineData("/api/v1/users", "post", "RegisterUser", new[] { "201", "400", "409" })]
    [InlineData("/api/v1/users/{userId}", "get", "GetUser", new[] { "200", "400", "404" })]
    [InlineData("/api/v1/email/messages", "get", "GetMailMessages", new[] { "200", "400" })]
    [InlineData("/api/v1/lobby/players/{playerId}/join", "post", "JoinRoom", new[] { "200", "201", "400", "404", "409" })]
    [InlineData("/api/v1/lobby/players/{playerId}/leave", "post", "LeaveAllRooms", new[] { "200", "400" })]
    [InlineData("/api/v1/lobby/players/{playerId}/wait-mode", "put", "UpdateWaitMode", new[] { "200", "400" })]
    [InlineData("/api/v1/lobby/players/{playerId}/offline", "post", "GoOffline", new[] { "200", "400" })]
    [InlineData("/api/v1/lobby/players/{playerId}", "get", "GetPlayer", new[] { "200", "400" })]
    [InlineData("/api/v1/lobby/rooms/{roomId}", "get", "GetRoom", new[] { "200", "400", "404" })]
    [InlineData("/api/v1/games/{gameId}", "get", "GetGame", new[] { "200", "400", "404" })]
    public async Task TheDocumentDescribesEachOperationWithItsResponses(string path, string method, string operationId, string[] statuses)
    {
        var document = await OpenApiAsync();

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray();
        Assert.All(statuses, status => Assert.Contains(status, responses));
        var pathParameters = path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')).ToArray();
        var documented = operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()).ToArray()
            : [];
        Assert.Equal(pathParameters, documented);
    }

    [Fact]
    public async Task TheLobbysEventStreamIsDocumentedAsServerSentEvents()
    {
        var document = await OpenApiAsync();

        var operation = document.GetProperty("paths").GetProperty("/api/v1/lobby/players/{playerId}/events").GetProperty("get");
        Assert.Equal("LobbyEvents", operation.GetProperty("operationId").GetString());
        Assert.True(operation.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _));
        Assert.Contains("Last-Event-ID", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "playerId");
    }

    [Fact]
    public async Task ErrorResponsesAreProblemDetails()
    {
        var document = await OpenApiAsync();

        var conflict = document.GetProperty("paths").GetProperty("/api/v1/users").GetProperty("post")
            .GetProperty("responses").GetProperty("409");
        Assert.True(conflict.GetProperty("content").TryGetProperty("application/problem+json", out _));
        var problem = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        Assert.True(problem.GetProperty("properties").TryGetProperty("code", out _));
        Assert.Contains("code", problem.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ContractSchemasCarryTheirXmlDocumentation()
    {
        var schemas = (await OpenApiAsync()).GetProperty("components").GetProperty("schemas");

        var register = schemas.GetProperty("RegisterUser");
        Assert.Equal(["email", "name"], register.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Contains("unique", register.GetProperty("properties").GetProperty("email").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("registered user", schemas.GetProperty("UserView").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScalarReferenceIsServed()
    {
        var response = await _http.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthIsOkWhenTheSiloIsUp()
    {
        var response = await _http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
