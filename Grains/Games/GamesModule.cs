using Keel.Domain.Games;
using Keel.Grains.Interfaces.Games;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Grains.Games;

/// <summary>
/// The Games service: a game and its match for every room that fills up; dice drawn at random (tests script them);
/// settings under <c>Keel:Games</c>.
/// </summary>
internal sealed class GamesModule() : KeelModule<GamesOptions>(GamesService.Name, "Keel:Games")
{
    public override void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        base.AddTo(services, configuration);
        services.AddOptions<GamesOptions>()
            .Validate(options => options.TurnTime > TimeSpan.Zero, "Keel:Games:TurnTime must be a positive time span, for example 00:00:30.")
            .ValidateOnStart();
        services.TryAddSingleton<IDice>(RandomDice.Instance);
    }
}

public sealed class GamesOptions
{
    /// <summary>How long a player has for a turn before it is missed (30 s by default); a match keeps the time it was dealt with.</summary>
    public TimeSpan TurnTime { get; set; } = Match.DefaultTurnTime;
}
