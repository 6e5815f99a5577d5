using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Lobby;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Grains.Lobby;

/// <summary>
/// The Lobby service: rooms, players and the shared rooms; friends room codes drawn at random (tests script them). A
/// caller who is a player goes online and offline with their realtime connections.
/// </summary>
internal sealed class LobbyModule() : KeelModule(LobbyService.Name)
{
    public override void AddTo(IServiceCollection services, IConfiguration configuration) =>
        services.TryAddSingleton<IRoomCodes>(RandomRoomCodes.Instance);

    public override Task PresenceChangedAsync(IGrainFactory grains, string caller, bool online) =>
        !PlayerId.TryParse(caller, out var player) ? Task.CompletedTask
        : online ? grains.GetGrain<IPlayerGrain>(player.Value).GoOnlineAsync()
        : grains.GetGrain<IPlayerGrain>(player.Value).GoOfflineAsync();
}
