using System.Security.Claims;
using Keel.Api.Auth;
using Keel.Domain.Users;

namespace Keel.Api.Users;

/// <summary>Who may read a user: the user (the token's <c>sub</c> is their id) or an admin.</summary>
public static class UserAccess
{
    public static bool MayRead(this ClaimsPrincipal caller, UserId user) =>
        caller.IsAdmin() || (UserId.TryParse(Callers.IdOf(caller), out var own) && own == user);

    /// <summary>The caller's own user id, if their token names one.</summary>
    public static UserId? UserOf(ClaimsPrincipal caller) => UserId.TryParse(Callers.IdOf(caller), out var own) ? own : null;
}
