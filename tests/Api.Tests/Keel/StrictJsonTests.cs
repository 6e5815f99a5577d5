using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Keel.Api.Tests;

/// <summary>Request bodies are the JSON the OpenAPI document describes, in UTF-8, as application/json: nothing looser.</summary>
[Collection(ApiCollection.Name)]
public class StrictJsonTests(KeelApiFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    private static string Registration() => $$"""{"email":"strict-{{Guid.NewGuid():N}}@example.com","name":"Ada"}""";

    private Task<HttpResponseMessage> PostAsync(string json, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return _http.PostAsync("/api/v1/users", content);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("utf-7")]
    [InlineData("ibm037")]
    [InlineData("windows-1252")]
    [InlineData("shift_jis")]
    [InlineData("utf-16")]
    [InlineData("")]
    public async Task AJsonBodyInAnyCharsetButUtf8IsUnsupportedMediaTypeNamingTheCharset(string charset)
    {
        var response = await PostAsync(Registration(), $"application/json; charset={charset}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Contains($"charset '{charset}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/json; charset=us-ascii")]
    [InlineData("Application/JSON")]
    public async Task Utf8AndUsAsciiJsonIsAccepted(string contentType)
    {
        var response = await PostAsync(Registration(), contentType);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("application/problem+json")]
    [InlineData("application/vnd.api+json")]
    [InlineData("text/json")]
    public async Task OtherJsonMediaTypesAreUnsupportedAsRequestsNamingTheMediaType(string mediaType)
    {
        var response = await PostAsync(Registration(), mediaType);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Contains($"'{mediaType}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOfAnUnrelatedMediaTypeIsUnsupportedNamingTheMediaType()
    {
        var response = await PostAsync(Registration(), "text/plain");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Contains("'text/plain'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Email")]
    [InlineData("EMAIL")]
    public async Task PropertyNamesAreCaseSensitive(string key)
    {
        var response = await PostAsync($$"""{"{{key}}":"case-{{Guid.NewGuid():N}}@example.com","name":"Ada"}""", "application/json");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal([key], problem.ErrorFields());
    }

    [Fact]
    public async Task ADuplicatePropertyIsABadRequestNamingIt()
    {
        var response = await PostAsync($$"""{"email":"a-{{Guid.NewGuid():N}}@example.com","email":"b-{{Guid.NewGuid():N}}@example.com","name":"Ada"}""", "application/json");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["email"], problem.ErrorFields());
        Assert.Contains("more than once", problem.GetProperty("errors").GetProperty("email")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200B", "\\u200B")]
    [InlineData("\uFEFF", "\\uFEFF")]
    [InlineData("\u200B\uFEFF", "\\u200B\\uFEFF")]
    public async Task APropertyNameOfInvisibleCharactersIsABadRequestThatShowsIt(string key, string shown)
    {
        var response = await PostAsync($$"""{"email":"zw-{{Guid.NewGuid():N}}@example.com","name":"Ada","{{key}}":1}""", "application/json");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal([shown], problem.ErrorFields());
    }

    [Fact]
    public async Task InvalidUtf8InAStringIsABadRequestNamingTheField()
    {
        var content = new ByteArrayContent([.. "{\"email\":\"a"u8, 0xFF, .. "@example.com\",\"name\":\"Ada\"}"u8]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await _http.PostAsync("/api/v1/users", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["email"], problem.ErrorFields());
        Assert.Equal("'email' is not valid UTF-8.", problem.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task AMissingRequiredQueryParameterIsABadRequestNamingIt()
    {
        var response = await _http.GetAsync("/api/v1/email/messages?from=someone@example.com");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["to"], problem.ErrorFields());
        Assert.Equal("'to' is required.", problem.GetProperty("errors").GetProperty("to")[0].GetString());
    }

    [Fact]
    public async Task OtherMediaTypeParametersBesideAUtf8CharsetAreAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = new StringContent(Registration()) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8; profile=x");

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1")]
    [InlineData("\"onlineonly\"")]
    [InlineData("\" OnlineOnly\"")]
    [InlineData("\"OnlineOnly, OnlineAndOffline\"")]
    public async Task AnEnumIsOnlyOneOfItsDocumentedNames(string mode)
    {
        var player = $"enum-{Guid.NewGuid():N}";
        var content = new StringContent($$"""{"mode":{{mode}}}""", Encoding.UTF8, "application/json");

        var response = await _http.PutAsync($"/api/v1/lobby/players/{player}/wait-mode", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["mode"], problem.ErrorFields());
        Assert.Equal("'mode' is not one of OnlineAndOffline, OnlineOnly.", problem.GetProperty("errors").GetProperty("mode")[0].GetString());
        var named = await _http.PutAsync($"/api/v1/lobby/players/{player}/wait-mode",
            new StringContent("""{"mode":"OnlineAndOffline"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }
}
