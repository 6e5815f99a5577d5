using Keel.Domain.Statistics;

namespace Keel.Grains.Interfaces.Statistics;

/// <summary>A page of the leaderboard: players by wins, then winnings.</summary>
/// <param name="Players">This page's players, best first.</param>
/// <param name="Next">The cursor of the next page (<c>?after=</c>); null on the last.</param>
public sealed record Leaderboard(IReadOnlyList<PlayerStanding> Players, string? Next);

/// <summary>A page of the global rooms waiting for players, fullest first.</summary>
/// <param name="Rooms">This page's rooms.</param>
/// <param name="Next">The cursor of the next page (<c>?after=</c>); null on the last.</param>
public sealed record OpenRooms(IReadOnlyList<OpenRoom> Rooms, string? Next);
