using System.Text.Json;

namespace Keel.Api.Tests;

/// <summary>The OpenAPI document says who may call what, as the server enforces it.</summary>
[Collection(ApiCollection.Name)]
public class SecurityDocumentationTests(KeelApiFactory factory)
{
    [Fact]
    public async Task TheDocumentDeclaresTheBearerSchemeAndWhichOperationsNeedIt()
    {
        using var http = factory.CreateClient().As(null);
        var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var paths = document.GetProperty("paths");
        var register = paths.GetProperty("/api/v1/users").GetProperty("post");
        // Public: no requirement, or only the empty one ("no credentials").
        Assert.True(!register.TryGetProperty("security", out var open)
            || open.EnumerateArray().All(requirement => !requirement.EnumerateObject().Any()), "Registration is public.");
        Assert.False(register.GetProperty("responses").TryGetProperty("401", out _));
        foreach (var (path, method) in new[] { ("/api/v1/users/{userId}", "get"), ("/api/v1/email/messages", "get") })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.True(operation.GetProperty("security")[0].TryGetProperty("Bearer", out _), $"{method} {path} needs a token.");
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _));
            Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _));
        }
    }
}
