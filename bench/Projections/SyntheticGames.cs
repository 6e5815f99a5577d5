using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Domain.Statistics;
using Keel.Domain.Wallet;
using Keel.Grains.EventLog;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Bench.Projections;

/// <summary>
/// Games as the Statistics projection sees them, appended straight to the log: a match dealt to two of 10,000 players
/// and finished (one aggregate, two events), and its pot paid out (another aggregate, one event). Keeps the totals the
/// projection must end with.
/// </summary>
internal sealed class SyntheticGames
{
    public const int EventsPerGame = 3;
    private const int Players = 10_000, Payout = 190, Tax = 10;
    public static readonly IReadOnlyList<string> Services = [GamesService.Name, WalletService.Name, LobbyService.Name];

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public long Count { get; private set; }

    public GameTotals Totals => new((int)Count, (int)Count, Count * Payout, Count * Tax);

    public IReadOnlyList<EventAppend> Next(int games, DateTimeOffset now)
    {
        var appends = new List<EventAppend>(games * 2);
        for (var i = 0; i < games; i++, Count++)
        {
            var room = $"bench-{_run}-{Count}";
            var (winner, loser) = (PlayerId.Parse($"p{Count % Players}"), PlayerId.Parse($"p{(Count * 7 + 1) % Players}"));
            var match = $"keel.games.match/{room}";
            var pot = $"keel.wallet.pot/{room}";
            appends.Add(new EventAppend(match, 0, StreamId.Create(GamesService.Name, room),
            [
                new EventEnvelope($"{match}/1", 1, now, null, new MatchEvent.Dealt(new Table([new TakenSeat(1, winner), new TakenSeat(2, loser)]), 1_000, TimeSpan.FromSeconds(30)), StreamKey: room),
                new EventEnvelope($"{match}/2", 2, now, null, new MatchEvent.Finished(winner), StreamKey: room),
            ]));
            appends.Add(new EventAppend(pot, 0, StreamId.Create(WalletService.Name, room),
                [new EventEnvelope($"{pot}/1", 1, now, null, new PotEvent.PaidOut(winner.Value, Payout, Tax), StreamKey: room)]));
        }
        return appends;
    }
}
