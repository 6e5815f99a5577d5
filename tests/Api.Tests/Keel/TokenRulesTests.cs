using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Keel.Api.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Api.Tests;

/// <summary>What a bearer token must be beyond a valid signature: a pinned algorithm, a sub, a JWT type, a bounded lifetime.</summary>
[Collection(ApiCollection.Name)]
public class TokenRulesTests(KeelApiFactory factory)
{
    private static readonly SymmetricSecurityKey Key = new(Convert.FromBase64String(TestAuth.SigningKey));

    private static string Token(
        string? subject = "token-rules", TimeSpan? lifetime = null, string algorithm = SecurityAlgorithms.HmacSha256, string? type = null,
        SymmetricSecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim> { new(KeelAuth.RoleClaim, KeelAuth.AdminRole) };
        if (subject is not null)
        {
            claims.Add(new(KeelAuth.SubjectClaim, subject));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthSettings.DefaultIssuer,
            Audience = AuthSettings.DefaultAudience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            TokenType = type,
            SigningCredentials = new SigningCredentials(key ?? Key, algorithm),
        });
    }

    private async Task<HttpResponseMessage> ReadAsync(string token) =>
        await factory.CreateClient().As(token).GetAsync("/api/v1/admin/activations");

    [Fact]
    public async Task AWellFormedTokenIsAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(Token())).StatusCode);
    }

    [Fact]
    public async Task ATokenValidForAHundredYearsIsRefusedWithABareChallenge()
    {
        var response = await ReadAsync(Token(lifetime: TimeSpan.FromDays(36_500)));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        // Production: why it was refused stays out of the challenge.
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task ATokenLivingLongerThanTheMaximumIsRefused()
    {
        await (await ReadAsync(Token(lifetime: TimeSpan.FromHours(25)))).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task ATokenWithoutASubjectIsRefusedEvenWhereNoTokenIsNeeded()
    {
        var token = Token(subject: null);

        await (await ReadAsync(token)).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        var registration = await factory.CreateClient().As(token).PostAsJsonAsync(
            "/api/v1/users", new { email = $"nosub-{Guid.NewGuid():N}@example.com", name = "No Sub" });
        await registration.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task AnyTokenThatDoesNotValidateIsRefusedWhereNoTokenIsNeeded()
    {
        var registration = await factory.CreateClient().As(Token() + "x").PostAsJsonAsync(
            "/api/v1/users", new { email = $"badtoken-{Guid.NewGuid():N}@example.com", name = "Bad Token" });

        await registration.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task ATokenSignedWithTheKeyButAnotherAlgorithmIsRefused()
    {
        // A key long enough for HMAC-SHA512 too: only HS256 may use it.
        var key = new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        using var longKey = factory.WithWebHostBuilder(builder => builder.UseSetting(AuthSettings.SigningKeyKey, Convert.ToBase64String(key.Key)));

        var pinned = await longKey.CreateClient().As(Token(key: key)).GetAsync("/api/v1/admin/activations");
        var other = await longKey.CreateClient().As(Token(key: key, algorithm: SecurityAlgorithms.HmacSha512)).GetAsync("/api/v1/admin/activations");

        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        await other.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task ATokenOfAnotherTypeIsRefused()
    {
        await (await ReadAsync(Token(type: "dpop+jwt"))).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(Token(type: "at+jwt"))).StatusCode);
    }
}
