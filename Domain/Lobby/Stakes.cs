namespace Keel.Domain.Lobby;

/// <summary>
/// What a seat costs. The buy-in is held while the player waits and refunded in full when they leave; the tax is
/// taken from each buy-in when the room fills up, so the game's pot is seats × (buy-in − tax).
/// </summary>
public sealed record Stakes(int BuyIn, int Tax)
{
    /// <summary>Friends rooms: buy-in 100, tax 5.</summary>
    public static Stakes Friends { get; } = new(100, 5);

    /// <summary>The shared two-player room: buy-in 50, tax 2.</summary>
    public static Stakes Global { get; } = new(50, 2);

    public static Stakes Of(RoomKind kind) => kind == RoomKind.Friends ? Friends : Global;

    public int PotFor(int seats) => seats * (BuyIn - Tax);
}
