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
        Assert.Contains("traceId", problem.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
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

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path =>
            path.Value.EnumerateObject().Select(operation => (path.Name, operation.Name, operation.Value)));

    [Fact]
    public async Task TheRecipientOfTheMailListIsARequiredQueryParameter()
    {
        var operation = (await OpenApiAsync()).GetProperty("paths").GetProperty("/api/v1/email/messages").GetProperty("get");

        var to = Assert.Single(operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "to");
        Assert.Equal("query", to.GetProperty("in").GetString());
        Assert.True(to.GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task TheCreatedResponseDeclaresItsLocationHeader()
    {
        var created = (await OpenApiAsync()).GetProperty("paths").GetProperty("/api/v1/users").GetProperty("post")
            .GetProperty("responses").GetProperty("201");

        var location = created.GetProperty("headers").GetProperty("Location");
        Assert.True(location.GetProperty("required").GetBoolean());
        Assert.Equal("string", location.GetProperty("schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task TheActivationsResponseHasItsSchema()
    {
        var ok = (await OpenApiAsync()).GetProperty("paths").GetProperty("/api/v1/admin/activations").GetProperty("get")
            .GetProperty("responses").GetProperty("200");

        var schema = ok.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal("array", schema.GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/ActivationCount", schema.GetProperty("items").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task EveryResponseWithABodyHasASchema() // 101, 202 and 204 have no body
    {
        var document = await OpenApiAsync();

        var responses = Operations(document).SelectMany(o => o.Operation.GetProperty("responses").EnumerateObject()
            .Select(r => (Where: $"{o.Method} {o.Path} {r.Name}", Response: r.Value))).ToArray();

        Assert.NotEmpty(responses);
        Assert.All(responses.Where(r => r.Where[^3..] is not ("101" or "202" or "204")), r =>
            Assert.True(r.Response.TryGetProperty("content", out var content)
                && content.EnumerateObject().All(media => media.Value.TryGetProperty("schema", out _)), $"{r.Where} has no schema"));
    }

    [Fact]
    public async Task EveryPostDeclaresTheOptionalIdempotencyKeyHeader()
    {
        var posts = Operations(await OpenApiAsync()).Where(o => o.Method == "post").ToArray();

        Assert.NotEmpty(posts);
        Assert.All(posts, post =>
        {
            var key = Assert.Single(post.Operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
            Assert.Equal("header", key.GetProperty("in").GetString());
            Assert.False(key.TryGetProperty("required", out var required) && required.GetBoolean());
            var schema = key.GetProperty("schema");
            Assert.Equal((1, 255), (schema.GetProperty("minLength").GetInt32(), schema.GetProperty("maxLength").GetInt32()));
        });
    }

    [Fact]
    public async Task EveryOperationDocumentsUnavailabilityWithRetryAfter()
    {
        var operations = Operations(await OpenApiAsync()).ToArray();

        Assert.All(operations, o =>
        {
            var unavailable = o.Operation.GetProperty("responses").GetProperty("503");
            Assert.True(unavailable.GetProperty("content").TryGetProperty("application/problem+json", out _));
            Assert.Equal("integer", unavailable.GetProperty("headers").GetProperty("Retry-After").GetProperty("schema").GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task AnOperationThatReadsABodyDocumentsUnsupportedMediaType()
    {
        var register = (await OpenApiAsync()).GetProperty("paths").GetProperty("/api/v1/users").GetProperty("post");

        Assert.True(register.GetProperty("responses").GetProperty("415").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task EveryOperationStatesItsSecurityRequirement()
    {
        var document = await OpenApiAsync();

        Assert.All(Operations(document), o => Assert.True(
            o.Operation.TryGetProperty("security", out _) || document.TryGetProperty("security", out _), $"{o.Method} {o.Path} states no security"));
    }

    [Fact]
    public async Task TheDocumentIsCleanUnderTheStandardLinter()
    {
        var file = Path.Combine(Path.GetTempPath(), $"keel-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await _http.GetStringAsync("/openapi/v1.json"));
        try
        {
            var (exitCode, output) = await OpenApiLinter.LintAsync(file, TimeSpan.FromMinutes(5));

            Assert.True(exitCode == 0, $"scripts/lint-openapi.sh found errors (exit {exitCode}):\n{output}");
            Assert.Contains("valid", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
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
