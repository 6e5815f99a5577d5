using Keel.Domain.Lobby;
using Keel.Grains.Interfaces;

[assembly: SchemaName(typeof(TakenSeat), "SeatView")]
[assembly: SchemaName(typeof(WaitMode), "PlayerWaitMode")]
