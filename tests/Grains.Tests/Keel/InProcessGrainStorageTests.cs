using Keel.Grains.Interfaces;
using Keel.Domain.Users;
using Keel.Grains.Postgres.Upgrades;
using Keel.Grains.Memory;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Keel.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class InProcessGrainStorageTests(ClusterFixture fixture)
{
    private readonly InProcessGrainStorage _storage = new(fixture.Cluster.Client.ServiceProvider.GetRequiredService<DeepCopier>());
    private readonly GrainId _grain = GrainId.Create("keel.test", Guid.NewGuid().ToString("N"));

    private static EventEnvelope Envelope(string name) =>
        new("test/1", 1, DateTimeOffset.UtcNow, null, new UserEvent.Registered(UserId.From(Guid.NewGuid()), EmailAddress.Parse("a@example.com"), PersonName.Parse(name), DateTimeOffset.UtcNow));

    [Fact]
    public async Task AWriterWithAStaleVersionConflictsInsteadOfOverwriting()
    {
        var first = new GrainState<AggregateRecord>(new AggregateRecord());
        var second = new GrainState<AggregateRecord>(new AggregateRecord());
        await _storage.ReadStateAsync("aggregate", _grain, first);
        await _storage.ReadStateAsync("aggregate", _grain, second);

        first.State!.Events.Add(Envelope("first"));
        await _storage.WriteStateAsync("aggregate", _grain, first);
        second.State!.Events.Add(Envelope("second"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("aggregate", _grain, second));
        var stored = new GrainState<AggregateRecord>(new AggregateRecord());
        await _storage.ReadStateAsync("aggregate", _grain, stored);
        Assert.Equal("first", ((UserEvent.Registered)Assert.Single(stored.State!.Events).Event).Name.Value);
    }

    [Fact]
    public async Task AGrainNeverSharesObjectsWithStorage()
    {
        var written = new GrainState<AggregateRecord>(new AggregateRecord());
        written.State!.Events.Add(Envelope("kept"));
        await _storage.WriteStateAsync("aggregate", _grain, written);

        written.State.Events.Clear();
        var read = new GrainState<AggregateRecord>(new AggregateRecord());
        await _storage.ReadStateAsync("aggregate", _grain, read);
        read.State!.Events.Add(Envelope("not written"));
        var again = new GrainState<AggregateRecord>(new AggregateRecord());
        await _storage.ReadStateAsync("aggregate", _grain, again);

        Assert.Equal("kept", ((UserEvent.Registered)Assert.Single(again.State!.Events).Event).Name.Value);
    }
}
