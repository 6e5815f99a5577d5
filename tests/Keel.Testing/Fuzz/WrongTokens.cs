using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Keel.Api.Auth;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Testing.Fuzz;

/// <summary>
/// Bearer tokens minted by hand, byte for byte, so that each can be wrong in exactly one way: validly signed with the
/// tests' key (<see cref="TestAuth.SigningKey"/>) for an admin, but without a <c>sub</c>, with a 100-year <c>exp</c>, the
/// wrong <c>typ</c>, another algorithm, and so on. <see cref="Baseline"/> is the same token with nothing wrong: the Api
/// accepts it, so a refusal of the others is their one defect, not the minting.
/// </summary>
public static class WrongTokens
{
    private static readonly byte[] Key = Convert.FromBase64String(TestAuth.SigningKey);

    /// <summary>A correct token for <paramref name="subject"/> (and the admin role when asked), minted the same way as the wrong ones.</summary>
    public static string Baseline(string subject, bool admin = false) => Mint(new Defects(Subject: subject, Admin: admin));

    /// <summary>Tokens the Api must refuse with 401 wherever they are sent, public operations included; each names its defect.</summary>
    public static IReadOnlyList<(string Defect, string Token)> Refused(string subject)
    {
        var now = DateTimeOffset.UtcNow;
        return
        [
            ("no sub", Mint(new Defects(Subject: null))),
            ("an empty sub", Mint(new Defects(Subject: ""))),
            ("a blank sub", Mint(new Defects(Subject: "   "))),
            ("a sub with a NUL", Mint(new Defects(Subject: subject + "\u0000"))),
            ("a sub with a line break", Mint(new Defects(Subject: subject + "\n"))),
            ("a non-ASCII sub", Mint(new Defects(Subject: "ädä"))),
            ("a sub outside the BMP", Mint(new Defects(Subject: "𝔞𝔡𝔞"))),
            ("a sub of 256 characters", Mint(new Defects(Subject: new string('x', 256)))),
            ("a sub of 5,000 characters", Mint(new Defects(Subject: new string('x', 5_000)))),
            ("an exp 100 years away", Mint(new Defects(subject, Expires: now.AddYears(100)))),
            ("an exp an hour ago", Mint(new Defects(subject, IssuedAt: now.AddHours(-2), NotBefore: now.AddHours(-2), Expires: now.AddHours(-1)))),
            ("an nbf an hour ahead", Mint(new Defects(subject, NotBefore: now.AddHours(1), Expires: now.AddHours(2)))),
            ("no exp", Mint(new Defects(subject, Expires: DateTimeOffset.MinValue))),
            ("a lifetime of 30 h from its iat", Mint(new Defects(subject, IssuedAt: now.AddHours(-20), NotBefore: now.AddHours(-20), Expires: now.AddHours(10)))),
            ("typ id+jwt", Mint(new Defects(subject, Type: "id+jwt"))),
            ("typ JWE", Mint(new Defects(subject, Type: "JWE"))),
            ("alg none, unsigned", Mint(new Defects(subject, Algorithm: "none"))),
            ("alg HS512 with the right key", Mint(new Defects(subject, Algorithm: "HS512"))),
            ("alg RS256 in the header, signed with HMAC", Mint(new Defects(subject, Algorithm: "RS256"))),
            ("another signing key", Mint(new Defects(subject, SigningKey: RandomNumberGenerator.GetBytes(32)))),
            ("a signature of another token", ForeignSignature(subject)),
            ("another issuer", Mint(new Defects(subject, Issuer: "https://issuer.example"))),
            ("another audience", Mint(new Defects(subject, Audience: "another-api"))),
            ("no audience", Mint(new Defects(subject, Audience: null))),
        ];
    }

    /// <summary>
    /// Valid tokens (the Api accepts them: 1 to 255 printable ASCII characters) of callers whose <c>sub</c> is no user id
    /// and no player id: they may use public operations, but no protected operation may answer them with a 2xx.
    /// </summary>
    public static IReadOnlyList<(string Subject, string Token)> OddSubjects { get; } =
        [.. new[] { "a b", "../admin", "%61da", "{\"role\":\"admin\"}", "ada ", " ada", new string('x', 255), "admin|x", "*" }
            .Select(subject => (subject, Baseline(subject)))];

    private sealed record Defects(
        string? Subject,
        DateTimeOffset? IssuedAt = null,
        DateTimeOffset? NotBefore = null,
        DateTimeOffset? Expires = null,
        string? Type = "JWT",
        string Algorithm = "HS256",
        byte[]? SigningKey = null,
        string? Issuer = AuthSettings.DefaultIssuer,
        string? Audience = AuthSettings.DefaultAudience,
        bool Admin = true);

    private static string Mint(Defects token)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new Dictionary<string, object> { ["alg"] = token.Algorithm };
        if (token.Type is not null)
        {
            header["typ"] = token.Type;
        }
        var payload = new Dictionary<string, object>
        {
            ["iat"] = (token.IssuedAt ?? now).ToUnixTimeSeconds(),
            ["nbf"] = (token.NotBefore ?? now).ToUnixTimeSeconds(),
        };
        if (token.Expires != DateTimeOffset.MinValue)
        {
            payload["exp"] = (token.Expires ?? now.AddHours(1)).ToUnixTimeSeconds();
        }
        if (token.Subject is not null)
        {
            payload[KeelAuth.SubjectClaim] = token.Subject;
        }
        if (token.Issuer is not null)
        {
            payload["iss"] = token.Issuer;
        }
        if (token.Audience is not null)
        {
            payload["aud"] = token.Audience;
        }
        if (token.Admin)
        {
            payload[KeelAuth.RoleClaim] = KeelAuth.AdminRole;
        }
        var signed = $"{Encode(header)}.{Encode(payload)}";
        return $"{signed}.{Sign(signed, token.Algorithm, token.SigningKey ?? Key)}";
    }

    private static string Sign(string signed, string algorithm, byte[] key)
    {
        var bytes = Encoding.ASCII.GetBytes(signed);
        return algorithm switch
        {
            "none" => "",
            "HS512" => Base64UrlEncoder.Encode(HMACSHA512.HashData(key, bytes)),
            _ => Base64UrlEncoder.Encode(HMACSHA256.HashData(key, bytes)),
        };
    }

    /// <summary>A correct header and payload with the signature of another correct token.</summary>
    private static string ForeignSignature(string subject)
    {
        var mine = Baseline(subject, admin: true).Split('.');
        var other = Baseline(subject + "-other", admin: true).Split('.');
        return $"{mine[0]}.{mine[1]}.{other[2]}";
    }

    private static string Encode(Dictionary<string, object> part) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(part));
}
