using Keel.Domain.Lobby;

namespace Keel.Api.Lobby;

/// <summary>Who a lobby request acts for.</summary>
public static class Players
{
    public const string RouteValue = "playerId";

    /// <summary>
    /// The player a request acts for, or null when it names none that is valid. For now the <c>{playerId}</c> route
    /// value; with authentication this becomes the signed-in user's id, and nothing else changes.
    /// </summary>
    public static PlayerId? PlayerOf(HttpContext http) =>
        PlayerId.TryParse(http.GetRouteValue(RouteValue) as string, out var player) ? player : null;
}
