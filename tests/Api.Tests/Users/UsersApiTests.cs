using System.Net;
using System.Net.Http.Json;
using System.Text;
using Keel.Grains.Interfaces.Users;

namespace Keel.Api.Tests;

[Collection(ApiCollection.Name)]
public class UsersApiTests(KeelApiFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    private static string UniqueAddress() => $"api-{Guid.NewGuid():N}@example.com";

    private Task<HttpResponseMessage> PostJsonAsync(string json) =>
        _http.PostAsync("/api/v1/users", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task RegisteringReturnsCreatedWithLocationAndTheNormalizedUser()
    {
        var local = $"Api-{Guid.NewGuid():N}";

        var response = await _http.PostAsJsonAsync("/api/v1/users", new { email = $"  {local}@Example.COM ", name = "Ada Lovelace" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.Content.ReadFromJsonAsync<UserView>();
        Assert.NotNull(user);
        Assert.Equal($"/api/v1/users/{user.UserId}", response.Headers.Location?.OriginalString);
        Assert.Equal($"{local}@example.com", user.Email);
        Assert.Equal("Ada Lovelace", user.Name);
        Assert.True(user.RegisteredAt > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task TheLocationServesTheRegisteredUser()
    {
        var created = await _http.PostAsJsonAsync("/api/v1/users", new { email = UniqueAddress(), name = "Grace" });
        var registered = await created.Content.ReadFromJsonAsync<UserView>();

        var response = await _http.GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(registered, await response.Content.ReadFromJsonAsync<UserView>());
    }

    [Fact]
    public async Task ASecondRegistrationOfAnAddressIsAConflict()
    {
        var address = UniqueAddress();
        await _http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });

        var response = await _http.PostAsJsonAsync("/api/v1/users", new { email = $" {address.Replace("example.com", "Example.COM", StringComparison.Ordinal)}", name = "Eve" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "users.email-taken");
    }

    [Theory]
    [InlineData("""{}""", new[] { "email", "name" })]
    [InlineData("""{"email":"","name":""}""", new[] { "email", "name" })]
    [InlineData("""{"email":null,"name":"Ada"}""", new[] { "email" })]
    [InlineData("""{"email":"not-an-address","name":"Ada"}""", new[] { "email" })]
    [InlineData("""{"email":"ada@example.com","name":"   "}""", new[] { "name" })]
    [InlineData("""{"email":"ada@example.com","name":"NAME_201"}""", new[] { "name" })]
    [InlineData("""{"email":"ada@example.com","name":"Ada","admin":true}""", new[] { "admin" })]
    [InlineData("""{"email":42,"name":"Ada"}""", new[] { "email" })]
    [InlineData("""{"email":"ada@example.com","name":""", new[] { "name" })]
    [InlineData("""[1,2]""", new[] { "body" })]
    [InlineData("""null""", new[] { "body" })]
    [InlineData("""not json""", new[] { "body" })]
    [InlineData("", new[] { "body" })]
    public async Task BadInputIsABadRequestNamingEveryInvalidField(string json, string[] fields)
    {
        var response = await PostJsonAsync(json.Replace("NAME_201", new string('x', 201), StringComparison.Ordinal));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(fields, problem.ErrorFields());
    }

    [Fact]
    public async Task BadInputChangesNothing()
    {
        var address = UniqueAddress();
        await PostJsonAsync($$"""{"email":"{{address}}","name":"{{new string('x', 201)}}"}""");
        await PostJsonAsync($$"""{"email":"{{address}}","name":"Ada","role":"admin"}""");

        var response = await _http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsUnsupported()
    {
        var response = await _http.PostAsync("/api/v1/users", new StringContent("email=a@b.c", Encoding.UTF8, "text/plain"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task AnUnknownUserIsNotFound()
    {
        var response = await _http.GetAsync($"/api/v1/users/{Guid.CreateVersion7()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "users.not-found");
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("123")]
    public async Task AMalformedUserIdIsABadRequest(string userId)
    {
        var response = await _http.GetAsync($"/api/v1/users/{userId}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["userId"], problem.ErrorFields());
    }

    [Fact]
    public async Task OfSixtyFourConcurrentRegistrationsOfOneAddressOneIsCreatedAndTheRestConflict()
    {
        var address = UniqueAddress();

        var responses = await Task.WhenAll(Enumerable.Range(0, 64)
            .Select(i => _http.PostAsJsonAsync("/api/v1/users", new { email = address, name = $"Racer {i}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(63, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task AUserChangesTheirOwnDisplayNameAndNobodyElseCan()
    {
        var created = await _http.PostAsJsonAsync("/api/v1/users", new { email = UniqueAddress(), name = "Ada Lovelace" });
        var userId = (await created.Content.ReadFromJsonAsync<UserView>())!.UserId;
        var asAda = factory.CreateClient().As(TestAuth.TokenFor(userId.ToString()));

        var changed = await asAda.PutAsJsonAsync($"/api/v1/users/{userId}/name", new { name = " Ada King " });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Ada King", (await changed.Content.ReadFromJsonAsync<UserView>())!.Name);
        Assert.Equal("Ada King", (await asAda.GetFromJsonAsync<UserView>($"/api/v1/users/{userId}"))!.Name);
        var asEve = factory.CreateClient().As(TestAuth.TokenFor(Guid.NewGuid().ToString()));
        await (await asEve.PutAsJsonAsync($"/api/v1/users/{userId}/name", new { name = "Eve" })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var upper = factory.CreateClient().As(TestAuth.TokenFor(userId.ToString()));
        await (await upper.PutAsJsonAsync($"/api/v1/users/{userId.ToString().ToUpperInvariant()}/name", new { name = "Eve" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var invalid = await asAda.PutAsJsonAsync($"/api/v1/users/{userId}/name", new { name = "" });
        Assert.Equal(["name"], (await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, "validation")).ErrorFields());
        await (await _http.PutAsJsonAsync($"/api/v1/users/{Guid.CreateVersion7()}/name", new { name = "Nobody" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "users.not-found");
    }
}
