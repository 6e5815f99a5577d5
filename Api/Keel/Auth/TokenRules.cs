using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Keel.Api.Auth;

/// <summary>
/// What a bearer token must hold beyond its signature, issuer, audience and expiry: a <c>sub</c> (the caller's id: 1 to
/// 255 printable ASCII characters, as OpenID Connect Core allows) and a lifetime of at most <see cref="AuthSettings.MaxTokenLifetime"/>. And a token that was sent but does not validate is
/// refused (401) everywhere, public endpoints included, instead of letting the request pass as anonymous.
/// </summary>
internal static class TokenRules
{
    /// <summary>The <c>typ</c> header values accepted: a plain JWT, or an RFC 9068 access token.</summary>
    public static readonly string[] ValidTypes = ["JWT", "at+jwt", "at+JWT"];

    /// <summary>The registered claims validation has used up: the request's caller does without them.</summary>
    private static readonly HashSet<string> Validated = ["iss", "aud", "nbf", "iat", "jti"];

    /// <summary>The longest <c>sub</c> accepted: OpenID Connect Core 1.0, section 2, allows 255 ASCII characters.</summary>
    public const int MaxSubjectLength = 255;

    public static Task CheckAsync(TokenValidatedContext context, AuthSettings settings)
    {
        if (Problem(context, settings) is { } problem)
        {
            context.Fail(problem);
        }
        else
        {
            context.Principal = Slim(context.Principal!);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The caller as the request carries it: the token's claims, copied without the parsed token behind them (its
    /// header, payload and claim sets) and without those validation has used up (issuer, audience, not-before, issued-at,
    /// token id). A realtime stream keeps its request, and so its caller, for hours.
    /// </summary>
    private static ClaimsPrincipal Slim(ClaimsPrincipal principal)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        return new ClaimsPrincipal(new ClaimsIdentity(
            identity.Claims.Where(c => !Validated.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer)),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
    }

    private static string? Problem(TokenValidatedContext context, AuthSettings settings)
    {
        var subject = context.Principal?.FindFirst(KeelAuth.SubjectClaim)?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return "The token has no sub (the caller's id).";
        }
        if (subject.Length > MaxSubjectLength || !subject.All(c => c is >= ' ' and <= '~'))
        {
            // The caller's id names buckets, idempotency scopes and recorded actors: printable ASCII, as OpenID Connect has it.
            return $"The token's sub is not 1 to {MaxSubjectLength} printable ASCII characters.";
        }
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var token = context.SecurityToken;
        var skew = context.Options.TokenValidationParameters.ClockSkew;
        if (token.ValidTo - now > settings.MaxTokenLifetime + skew)
        {
            return $"The token expires later than {AuthSettings.MaxTokenLifetimeKey} ({settings.MaxTokenLifetime}) from now.";
        }
        if (token is JsonWebToken { IssuedAt: var issued } && issued != DateTime.MinValue && token.ValidTo - issued > settings.MaxTokenLifetime + skew)
        {
            return $"The token lives longer than {AuthSettings.MaxTokenLifetimeKey} ({settings.MaxTokenLifetime}).";
        }
        return null;
    }

    /// <summary>After authentication: a token that was sent and did not validate gets the bearer challenge (401).</summary>
    public static Task RefuseInvalidAsync(HttpContext context, RequestDelegate next) =>
        context.User.Identity?.IsAuthenticated == true ? next(context) : RefuseIfInvalidAsync(context, next);

    private static async Task RefuseIfInvalidAsync(HttpContext context, RequestDelegate next)
    {
        // The handler keeps its result for the request: this reads it, it does not validate again.
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Failure is not null)
        {
            await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            return;
        }
        await next(context);
    }
}
