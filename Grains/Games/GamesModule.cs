using Keel.Grains.Interfaces.Games;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Grains.Games;

/// <summary>
/// The Games service: a game and its match for every room that fills up; dice drawn at random (tests script them);
/// the turn time from <see cref="GamesRules"/>.
/// </summary>
internal sealed class GamesModule() : KeelModule(GamesService.Name)
{
    public override void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IDice>(RandomDice.Instance);
        services.AddSingleton(GamesRules.Read(configuration));
    }
}
