using System.Security.Claims;
using Keel.Domain.Lobby;
using Keel.Api.Documentation;

namespace Keel.Api.Lobby;

/// <summary>Who a lobby request acts for.</summary>
public static class Players
{
    public const string RouteValue = "playerId";

    /// <summary>
    /// The player a request acts for (the <c>{playerId}</c> route value), or null when it names none that is valid.
    /// <see cref="ForThemselves"/> makes sure it is the caller (or the caller is an admin).
    /// </summary>
    public static PlayerId? PlayerOf(HttpContext http) =>
        PlayerId.TryParse(http.GetRouteValue(RouteValue) as string, out var player) ? player : null;

    /// <summary>The caller as a player: exactly the token's <c>sub</c>, or null without one or when it is no player id.</summary>
    public static PlayerId? CallerOf(ClaimsPrincipal caller) => PlayerId.TryParse(Callers.IdOf(caller), out var player) ? player : null;

    /// <summary>A player acts and listens only for themselves: the token's <c>sub</c> is the player id (admins may act for anyone).</summary>
    public static TBuilder ForThemselves<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ForTheCaller(RouteValue, "A player acts and listens only for themselves: the token's subject must be the player id.");

    /// <summary>
    /// Documents the <c>{playerId}</c> path parameter, which the handlers read through <see cref="PlayerOf"/> rather
    /// than bind, so that switching to the authenticated user changes one method.
    /// </summary>
    public static TBuilder DocumentsPlayer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.DocumentsPathParameter(RouteValue, "The player: 1 to 64 letters, digits, '-', '_' or '.'.");
}
