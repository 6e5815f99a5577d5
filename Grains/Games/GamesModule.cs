using Keel.Grains.Interfaces.Games;

namespace Keel.Grains.Games;

/// <summary>The Games service: a game for every room that fills up.</summary>
internal sealed class GamesModule() : KeelModule(GamesService.Name);
