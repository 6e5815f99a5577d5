using System.Security.Claims;

namespace Keel.Api.Auth;

/// <summary>Who is calling, as the endpoints ask it.</summary>
public static class Callers
{
    /// <summary>The caller's id (<c>sub</c>), or null without a token.</summary>
    public static string? IdOf(ClaimsPrincipal caller) =>
        caller.Identity?.IsAuthenticated == true ? caller.FindFirst(KeelAuth.SubjectClaim)?.Value : null;

    public static bool IsAdmin(this ClaimsPrincipal caller) => caller.IsInRole(KeelAuth.AdminRole);
}
