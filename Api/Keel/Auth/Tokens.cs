using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Api.Auth;

/// <summary>Mints bearer tokens the Api accepts when it checks them with a shared key (development and tests).</summary>
public static class Tokens
{
    public static string Create(AuthSettings settings, string subject, IEnumerable<string> roles, TimeSpan lifetime, DateTime now)
    {
        var key = settings.SigningKey
            ?? throw new InvalidOperationException("Tokens come from the OpenID Connect authority when Keel:Auth:Authority is set.");
        var claims = new List<Claim> { new(KeelAuth.SubjectClaim, subject) };
        claims.AddRange(roles.Select(role => new Claim(KeelAuth.RoleClaim, role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>When the caller's token expires (its <c>exp</c>), if it says.</summary>
    public static DateTimeOffset? ExpiryOf(ClaimsPrincipal caller) =>
        long.TryParse(caller.FindFirst("exp")?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
