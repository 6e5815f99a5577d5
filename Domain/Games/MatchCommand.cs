using Keel.Domain.Lobby;

namespace Keel.Domain.Games;

/// <summary>What players (and the match's clock) ask of a match.</summary>
public abstract record MatchCommand
{
    private MatchCommand() { }

    /// <summary>
    /// Deal the match to the table of a room that filled up: each player gets <paramref name="StartingCash"/>, each
    /// turn <paramref name="TurnTime"/>.
    /// </summary>
    public sealed record Deal(Table Table, int StartingCash, TimeSpan TurnTime) : MatchCommand;

    /// <summary>
    /// <paramref name="Player"/> rolls: <paramref name="First"/> and <paramref name="Second"/> are the dice, 1 to 6
    /// each, drawn by the host's entropy source (the engine draws nothing).
    /// </summary>
    public sealed record Roll(PlayerId Player, int First, int Second) : MatchCommand;

    /// <summary><paramref name="Player"/> buys the property they were offered.</summary>
    public sealed record Buy(PlayerId Player) : MatchCommand;

    /// <summary><paramref name="Player"/> declines the property they were offered.</summary>
    public sealed record Decline(PlayerId Player) : MatchCommand;

    /// <summary><paramref name="Player"/> leaves the match; their properties go back to the bank.</summary>
    public sealed record Resign(PlayerId Player) : MatchCommand;

    /// <summary>The time for <paramref name="Turn"/> ran out: a timeout of a turn already played changes nothing.</summary>
    public sealed record TimeOut(int Turn) : MatchCommand;
}
