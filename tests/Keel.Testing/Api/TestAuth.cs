using System.Net.Http.Headers;
using Keel.Api.Auth;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Testing;

/// <summary>The tests' own signing key and the tokens it signs, as an identity provider would issue them.</summary>
public static class TestAuth
{
    /// <summary>A key for tests only (the Api refuses to start without one outside Development).</summary>
    public const string SigningKey = "GRo6zt4N7t8f/yOozYd4EVIPJuupFjpp7CumhM66BVI=";

    public const string AdminId = "test-admin";

    private static readonly AuthSettings Settings = new(
        AuthSettings.DefaultIssuer, AuthSettings.DefaultAudience, null, new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)));

    /// <summary>What every test Api gets: the key, and no rate limit (tests send bursts; RateLimitTests turn it on).</summary>
    public static IReadOnlyDictionary<string, string> ApiSettings { get; } = new Dictionary<string, string>
    {
        [AuthSettings.SigningKeyKey] = SigningKey,
        ["Keel:RateLimit:Enabled"] = "false",
    };

    public static string TokenFor(string subject, params string[] roles) =>
        Tokens.Create(Settings, subject, roles, TimeSpan.FromHours(1), DateTime.UtcNow);

    /// <summary>A token that expires after <paramref name="lifetime"/>.</summary>
    public static string TokenFor(string subject, TimeSpan lifetime) => Tokens.Create(Settings, subject, [], lifetime, DateTime.UtcNow);

    public static string AdminToken { get; } = TokenFor(AdminId, KeelAuth.AdminRole);

    /// <summary>Sends <paramref name="token"/> (or none) as the bearer token of every request of <paramref name="http"/>.</summary>
    public static HttpClient As(this HttpClient http, string? token)
    {
        http.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static HttpClient AsAdmin(this HttpClient http) => http.As(AdminToken);
}
