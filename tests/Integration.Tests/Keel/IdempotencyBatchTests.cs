using System.Security.Cryptography;
using System.Text;
using Keel.Api.Idempotency;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Integration.Tests;

/// <summary>
/// On PostgreSQL the claims, outcomes and releases of concurrent requests share batches (one transaction each): within a
/// batch each key still runs once, a claim sees what an earlier one of the batch took, and every caller hears its own answer.
/// </summary>
public sealed class IdempotencyBatchTests : IAsyncLifetime, IDisposable
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-idempotency-batch-mail-");
    private PostgresApiFactory _api = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _api = new PostgresApiFactory(_database.ConnectionString, _mail.FullName);
        _api.CreateClient().Dispose(); // starts the host: migrations, the store
    }

    [Fact]
    public async Task ConcurrentClaimsOfOneKeyLetExactlyOneRunAndTheOthersHearItRunningThenItsOutcome()
    {
        var store = _api.Services.GetRequiredService<IIdempotencyStore>();
        var keys = Enumerable.Range(0, 40).Select(i => Request($"key-{i}", $"body-{i}")).ToArray();

        var claims = await Task.WhenAll(keys.SelectMany(key => Enumerable.Repeat(key, 5)).Select(key => ClaimAsync(store, key)));

        foreach (var group in claims.GroupBy(c => c.Request.Key))
        {
            Assert.Single(group, c => c.Claim is IdempotencyClaim.Claimed);
            Assert.All(group.Where(c => c.Claim is not IdempotencyClaim.Claimed),
                c => Assert.True(c.Claim is IdempotencyClaim.Running running && running.IsFor(c.Request), $"{c.Request.Key}: {c.Claim}"));
        }

        await Task.WhenAll(keys.Select(key => store.CompleteAsync(key, Outcome(key), CancellationToken.None)));
        var again = await Task.WhenAll(keys.Select(key => ClaimAsync(store, key)));
        Assert.All(again, c => Assert.Equal(
            Encoding.UTF8.GetString(Outcome(c.Request).Body),
            Encoding.UTF8.GetString(Assert.IsType<IdempotencyClaim.Completed>(c.Claim).Response.Body)));

        var reused = await store.ClaimAsync(Request("key-7", "another body"), CancellationToken.None);
        Assert.False(Assert.IsAssignableFrom<IdempotencyClaim.Held>(reused).IsFor(Request("key-7", "another body")));
    }

    [Fact]
    public async Task AReleasedKeyIsClaimedAgainAndAReleaseInTheSameBatchAsOtherClaimsTouchesOnlyItsKey()
    {
        var store = _api.Services.GetRequiredService<IIdempotencyStore>();
        var released = Request("released", "body");
        Assert.IsType<IdempotencyClaim.Claimed>(await store.ClaimAsync(released, CancellationToken.None));
        var others = Enumerable.Range(0, 20).Select(i => Request($"other-{i}", "body")).ToArray();

        await Task.WhenAll([store.ReleaseAsync(released, CancellationToken.None), .. others.Select(o => store.ClaimAsync(o, CancellationToken.None))]);

        Assert.IsType<IdempotencyClaim.Claimed>(await store.ClaimAsync(released, CancellationToken.None));
        Assert.All(await Task.WhenAll(others.Select(o => store.ClaimAsync(o, CancellationToken.None))), c => Assert.IsType<IdempotencyClaim.Running>(c));
    }

    private static async Task<(KeyedRequest Request, IdempotencyClaim Claim)> ClaimAsync(IIdempotencyStore store, KeyedRequest request) =>
        (request, await store.ClaimAsync(request, CancellationToken.None));

    private static StoredResponse Outcome(KeyedRequest request) =>
        new(201, $"/things/{request.Key}", "application/json", Encoding.UTF8.GetBytes($$"""{"key":"{{request.Key}}"}"""));

    private static KeyedRequest Request(string key, string body)
    {
        var now = DateTimeOffset.UtcNow;
        return new KeyedRequest("batch-test", key, SHA256.HashData(Encoding.UTF8.GetBytes(body)), now, now.AddMinutes(5), now.AddHours(1));
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
        await _database.DisposeAsync();
    }

    public void Dispose() => _api?.Dispose();
}
