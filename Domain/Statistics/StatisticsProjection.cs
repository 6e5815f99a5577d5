using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Domain.Wallet;

namespace Keel.Domain.Statistics;

/// <summary>
/// The game's statistics, from the Games' matches, the Wallet's pots and the Lobby's rooms: each player's standing,
/// the totals, and the global rooms still open.
/// </summary>
public sealed class StatisticsProjection : IProjection
{
    public static IEnumerable<RowChange> Project(Logged logged) => logged.Event switch
    {
        MatchEvent.Dealt dealt =>
        [
            Totals(t => t with { GamesPlayed = t.GamesPlayed + 1 }),
            .. dealt.Table.Seats.Select(seat => Standing(seat.PlayerId, s => s with { GamesPlayed = s.GamesPlayed + 1 })),
        ],
        MatchEvent.Finished finished =>
        [
            Totals(t => t with { GamesFinished = t.GamesFinished + 1 }),
            Standing(finished.Winner, s => s with { Wins = s.Wins + 1 }),
        ],
        PotEvent.PaidOut paid when PlayerId.TryParse(paid.Winner, out var winner) =>
        [
            Totals(t => t with { PaidOut = t.PaidOut + paid.Payout, HouseTaxes = t.HouseTaxes + paid.HouseTax }),
            Standing(winner, s => s with { Winnings = s.Winnings + paid.Payout }),
        ],
        RoomEvent.Created { RoomId.Kind: RoomKind.Global } created =>
            [Row.Change<OpenRoom>(logged.Key, _ => new OpenRoom(created.RoomId, created.Seats, 0, created.BuyIn))],
        RoomEvent.PlayerJoined => [Row.Change<OpenRoom>(logged.Key, room => room is null ? null : room with { Taken = room.Taken + 1 })],
        RoomEvent.PlayerLeft => [Row.Change<OpenRoom>(logged.Key, room => room is null ? null : room with { Taken = room.Taken - 1 })],
        RoomEvent.FilledUp or RoomEvent.Closed => [Row.Remove<OpenRoom>(logged.Key)],
        _ => [],
    };

    private static RowChange Totals(Func<GameTotals, GameTotals> change) =>
        Row.Change<GameTotals>(GameTotals.Key, t => change(t ?? GameTotals.None));

    private static RowChange Standing(PlayerId player, Func<PlayerStanding, PlayerStanding> change) =>
        Row.Change<PlayerStanding>(player.Value, s => change(s ?? PlayerStanding.New(player)));
}
