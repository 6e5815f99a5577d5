namespace Keel.Grains.Interfaces.Lobby;

/// <summary>A join the lobby refused, as the player's realtime connection reports it.</summary>
/// <param name="Address">The address the player asked for.</param>
/// <param name="Code">The rejection's code: <c>lobby.already-full</c>, <c>lobby.not-exist</c> or <c>lobby.bad-address</c>.</param>
/// <param name="Detail">A sentence for humans.</param>
[GenerateSerializer, Immutable, Alias("keel.lobby.join-failure.v1")]
public sealed record JoinFailure(
    [property: Id(0)] string Address,
    [property: Id(1)] string Code,
    [property: Id(2)] string Detail);
