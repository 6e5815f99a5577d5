using Keel.Domain.Lobby;
using Keel.Grains.Interfaces.Wallet;

namespace Keel.Api.Wallet;

/// <summary>The Wallet service over HTTP: a player reads their own wallet; only the money's process moves it.</summary>
[ServiceEndpoints]
public static class WalletEndpoints
{
    private const string RouteValue = "playerId";

    public static RouteGroupBuilder MapWalletEndpoints(this IEndpointRouteBuilder routes)
    {
        var wallets = routes.MapGroup("/wallets").WithTags("Wallet");
        wallets.MapGet($"/{{{RouteValue}}}", GetWalletAsync)
            .WithName("GetWallet")
            .WithSummary("Get a player's wallet")
            .WithDescription("Its balance and what it holds for games not yet over (a wallet never used shows the starting grant). A player reads only their own; admins any.")
            .ForTheCaller(RouteValue, "A player reads only their own wallet: the token's subject must be the player id.")
            .ProducesValidationProblem();
        return wallets;
    }

    /// <param name="playerId">The player whose wallet it is: the caller's own id.</param>
    /// <param name="grains">Orleans.</param>
    public static async Task<Results<Ok<WalletView>, ProblemHttpResult>> GetWalletAsync(string playerId, IGrainFactory grains) =>
        PlayerId.TryParse(playerId, out var player)
            ? TypedResults.Ok(await grains.GetGrain<IWalletGrain>(player.Value).GetAsync())
            : Problems.Invalid(RouteValue, "A player id has 1 to 64 letters, digits, '-', '_' or '.'.");
}
