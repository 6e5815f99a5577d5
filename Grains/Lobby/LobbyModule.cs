using Keel.Grains.Interfaces.Lobby;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Grains.Lobby;

/// <summary>The Lobby service: rooms, players and the shared rooms; friends room codes drawn at random (tests script them).</summary>
internal sealed class LobbyModule() : KeelModule(LobbyService.Name)
{
    public override void AddTo(IServiceCollection services, IConfiguration configuration) =>
        services.TryAddSingleton<IRoomCodes>(RandomRoomCodes.Instance);
}
