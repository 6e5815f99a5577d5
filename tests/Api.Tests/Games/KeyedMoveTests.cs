using System.Net;
using Keel.Api.Idempotency;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Api.Tests;

/// <summary>
/// A keyed move whose outcome was lost (the process died after the move committed, or the key store failed) is run
/// again by its retry; the match recognises the request and applies it once.
/// </summary>
public sealed class KeyedMoveTests : IAsyncLifetime, IDisposable
{
    private readonly KeelApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARollRunAgainWithItsKeyIsAppliedOnceAndAnswersWithTheMatch()
    {
        using var forgetful = _factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IIdempotencyStore>(new ClaimingStore())));
        HttpClient As(string player) => forgetful.CreateClient().As(TestAuth.TokenFor(player));
        var (ada, _, game) = await MatchApiTests.DealtAsync(As);
        var key = Guid.NewGuid().ToString();

        var rolled = await MatchApiTests.ViewAsync(await RollAsync(As(ada), game, key));
        var again = await MatchApiTests.ViewAsync(await RollAsync(As(ada), game, key));
        using var another = await RollAsync(As(ada), game, Guid.NewGuid().ToString());

        // One roll: the retry finds the board as the first run left it (ada rolled once, the turn or offer unchanged).
        Assert.Equal(rolled.Players.Single(p => p.Player.Value == ada).Position, again.Players.Single(p => p.Player.Value == ada).Position);
        Assert.Equal(rolled.Playing, again.Playing);
        Assert.Equal(rolled.Offer, again.Offer);
        Assert.Equal(rolled.Turn, again.Turn);
        // A request with another key is another move: the match decides it (after her roll: not her turn, or the offer first).
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
    }

    private static async Task<HttpResponseMessage> RollAsync(HttpClient http, string game, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/games/{game}/match/roll");
        request.Headers.Add(IdempotencySettings.Header, key);
        return await http.SendAsync(request);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();
}
