using Keel.Domain.Games;
using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;

namespace Keel.Grains.Wallet;

/// <summary>The Wallet service's reaction to the Lobby: buy-ins held as players sit down, refunded as they leave, the pot sealed when the room fills.</summary>
[GrainType("keel.wallet.lobby-subscription")]
[ImplicitStreamSubscription(LobbyService.Name)]
internal sealed class WalletLobbySubscription(MoneyProcess money) : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event switch
    {
        RoomEvent.Created e => money.OpenedAsync(e),
        RoomEvent.PlayerJoined e => money.JoinedAsync(e),
        RoomEvent.PlayerLeft e => money.LeftAsync(e),
        RoomEvent.FilledUp e => money.FilledUpAsync(e),
        _ => Task.CompletedTask,
    };
}

/// <summary>The Wallet service's reaction to the Games: a finished match's pot paid out.</summary>
[GrainType("keel.wallet.games-subscription")]
[ImplicitStreamSubscription(GamesService.Name)]
internal sealed class WalletGamesSubscription(MoneyProcess money) : SubscriptionGrain
{
    protected override Task HandleAsync(EventEnvelope envelope) => envelope.Event is MatchEvent.Finished e && envelope.StreamKey is { } game
        ? money.FinishedAsync(game, e)
        : Task.CompletedTask;
}
