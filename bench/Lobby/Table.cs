namespace Keel.Bench.Lobby;

/// <summary>
/// One room of four seats and its players. Players 0 and 1 stay seated; of players 2 and 3 one is seated and one is
/// out, and each cycle swaps them (a leave, then a join), so the room never fills up and always has three seated.
/// </summary>
internal sealed class Table(Watcher[] players)
{
    public const int Seats = 4;

    public Watcher[] Players { get; } = players;

    public string Address { get; set; } = "";

    /// <summary>Which of players 2 and 3 is seated now.</summary>
    public int Mover { get; set; } = 2;

    /// <summary>A command of this table failed: it is left out of the rest of the run.</summary>
    public bool Broken { get; set; }

    public IEnumerable<Watcher> Stayers => Players.Take(2);

    public IEnumerable<Watcher> Seated => [Players[0], Players[1], Players[Mover]];

    /// <summary>Players for <paramref name="rooms"/> tables, ids <c>{prefix}-r{room}-p{i}</c>, each with their own token.</summary>
    public static Table[] Create(LobbyClient client, string prefix, int rooms, int playersPerTable) =>
        [.. Enumerable.Range(0, rooms).Select(r => new Table([.. Enumerable.Range(0, playersPerTable).Select(i =>
        {
            var id = $"{prefix}-r{r}-p{i}";
            return new Watcher(id, client.TokenFor(id));
        })]))];

    /// <summary>Opens the room (player 0) and seats players 1 and 2 in it.</summary>
    public async Task SeatAsync(LobbyClient client, CancellationToken cancellationToken)
    {
        Address = await client.JoinAsync(Players[0], $"friends:new:{Seats}", cancellationToken);
        await client.JoinAsync(Players[1], Address, cancellationToken);
        await client.JoinAsync(Players[2], Address, cancellationToken);
    }
}
