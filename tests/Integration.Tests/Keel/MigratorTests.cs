using Keel.Grains.Hosting;
using Keel.Grains.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keel.Integration.Tests;

public sealed class MigratorTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    private PostgresMigrator Migrator() => new(_database.ConnectionString, NullLogger<PostgresMigrator>.Instance);

    [Fact]
    public async Task AppliesEveryScriptOnceAndNothingTheSecondTime()
    {
        var first = await Migrator().MigrateAsync();
        var second = await Migrator().MigrateAsync();

        Assert.Equal(MigrationScripts.All.Select(s => s.Version), first);
        Assert.Empty(second);
        Assert.Equal(MigrationScripts.All.Count, await _database.ScalarAsync<int>("SELECT count(*) FROM keel_schema_versions"));
        Assert.Equal(1, await _database.ScalarAsync<int>("SELECT count(*) FROM pg_tables WHERE tablename = 'orleansstorage'"));
        Assert.True(await _database.ScalarAsync<int>("SELECT count(*) FROM orleansquery") >= 11);
    }

    [Fact]
    public async Task ProcessesStartingTogetherApplyEachScriptExactlyOnce()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Migrator().MigrateAsync())));

        Assert.Equal(MigrationScripts.All.Select(s => s.Version), runs.SelectMany(applied => applied).Order());
        Assert.Equal(MigrationScripts.All.Count, await _database.ScalarAsync<int>("SELECT count(*) FROM keel_schema_versions"));
    }

    [Fact]
    public async Task AnUnreachableDatabaseIsAClearStartupError()
    {
        var migrator = new PostgresMigrator("Host=127.0.0.1;Port=1;Username=postgres;Timeout=3", NullLogger<PostgresMigrator>.Instance);

        var error = await Assert.ThrowsAsync<KeelStartupException>(() => migrator.MigrateAsync());

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
