using Keel.Domain.Statistics;
using Keel.Grains.Interfaces.Games;
using Keel.Grains.Interfaces.Lobby;
using Keel.Grains.Interfaces.Statistics;
using Keel.Grains.Interfaces.Wallet;
using Keel.Grains.Projections;

namespace Keel.Grains.Statistics;

/// <summary>The Statistics service: one projection of the Games', the Wallet's and the Lobby's events, read by its queries directly.</summary>
internal sealed class StatisticsModule() : KeelModule(StatisticsService.Name)
{
    public override IReadOnlyList<ProjectionDefinition> Projections { get; } =
        [ProjectionDefinition.Of<StatisticsProjection>(StatisticsService.Projection, GamesService.Name, WalletService.Name, LobbyService.Name)];
}
