namespace Keel.Domain.Wallet;

/// <summary>What the money's process asks of a game's pot.</summary>
public abstract record PotCommand
{
    private PotCommand() { }

    public sealed record Open(int BuyIn, int Tax) : PotCommand;

    /// <summary><paramref name="Player"/>'s wallet holds <paramref name="Amount"/> for this game.</summary>
    public sealed record Stake(string Player, int Amount) : PotCommand;

    /// <summary><paramref name="Player"/> left the room and got their hold back.</summary>
    public sealed record Unstake(string Player) : PotCommand;

    /// <summary>The room filled up: every seat's hold has been counted (its joins come before its fill-up).</summary>
    public sealed record Seal : PotCommand;

    /// <summary>The game ended and <paramref name="Winner"/> won it.</summary>
    public sealed record PayOut(string Winner) : PotCommand;
}
