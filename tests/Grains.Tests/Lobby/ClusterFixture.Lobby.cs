using Keel.Grains.Lobby;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>The Lobby service's part of the grain tests' cluster: friends-room codes a test can script.</summary>
public sealed partial class ClusterFixture
{
    internal ScriptedRoomCodes RoomCodes { get; } = new();

    partial void ConfigureLobby(IServiceCollection services) => services.AddSingleton<IRoomCodes>(RoomCodes);
}
