using System.Globalization;
using Keel.Domain.Games;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;

namespace Keel.Grains.Games;

/// <summary>The Games service's settings: how long a player has for a turn (<c>Games:TurnTime</c>, default 30 s).</summary>
internal sealed record GamesRules(TimeSpan TurnTime)
{
    public const string TurnTimeSetting = "Games:TurnTime";

    public static GamesRules Read(IConfiguration configuration)
    {
        var setting = configuration[TurnTimeSetting];
        if (string.IsNullOrWhiteSpace(setting))
        {
            return new GamesRules(Match.DefaultTurnTime);
        }
        return TimeSpan.TryParse(setting, CultureInfo.InvariantCulture, out var turnTime) && turnTime > TimeSpan.Zero
            ? new GamesRules(turnTime)
            : throw new KeelStartupException(TurnTimeSetting, $"'{setting}' is not a positive time span", "write it as hh:mm:ss, for example 00:00:30");
    }
}
