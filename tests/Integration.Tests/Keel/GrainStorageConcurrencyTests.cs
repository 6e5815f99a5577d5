using Keel.Domain.Users;
using Keel.Grains.Postgres.Upgrades;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Keel.Integration.Tests;

public sealed class GrainStorageConcurrencyTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-etag-mail-");

    [Fact]
    public async Task TwoWritersOfOneStateConflictInsteadOfLosingAnUpdate()
    {
        await using var app = new PostgresApiFactory(_database.ConnectionString, _mail.FullName);
        _ = app.Server; // start the host: migrations run, the storage initializes
        var storage = app.Services.GetRequiredKeyedService<IGrainStorage>(KeelNames.PubSubStorage);
        var grain = GrainId.Create("keel.test.aggregate", Guid.NewGuid().ToString("N"));
        var writerA = new GrainState<AggregateRecord>(new AggregateRecord());
        var writerB = new GrainState<AggregateRecord>(new AggregateRecord());
        await storage.ReadStateAsync("aggregate", grain, writerA);
        await storage.ReadStateAsync("aggregate", grain, writerB);

        writerA.State!.Events.Add(Envelope(1, "from A"));
        await storage.WriteStateAsync("aggregate", grain, writerA);
        writerB.State!.Events.Add(Envelope(1, "from B"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("aggregate", grain, writerB));

        writerA.State!.Events.Add(Envelope(2, "from A again"));
        await storage.WriteStateAsync("aggregate", grain, writerA);
        var stale = new GrainState<AggregateRecord>(new AggregateRecord()) { ETag = "1" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("aggregate", grain, stale));

        var stored = new GrainState<AggregateRecord>(new AggregateRecord());
        await storage.ReadStateAsync("aggregate", grain, stored);
        Assert.Equal(["from A", "from A again"], stored.State!.Events.Select(e => ((UserEvent.Registered)e.Event).Name.Value));
    }

    private static EventEnvelope Envelope(long version, string name) =>
        new($"test/{version}", version, DateTimeOffset.UtcNow, null, new UserEvent.Registered(UserId.From(Guid.NewGuid()), EmailAddress.Parse("a@example.com"), PersonName.Parse(name), DateTimeOffset.UtcNow));

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
