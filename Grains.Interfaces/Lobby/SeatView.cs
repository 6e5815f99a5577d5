namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A taken seat.</summary>
/// <param name="Seat">The seat number, from 1.</param>
/// <param name="PlayerId">Who sits there.</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.seat.v1")]
public sealed record SeatView([property: Id(0)] int Seat, [property: Id(1)] string PlayerId);
