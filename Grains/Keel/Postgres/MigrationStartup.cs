namespace Keel.Grains.Postgres;

/// <summary>Runs the migrator before any provider of the silo reads its tables.</summary>
internal sealed class MigrationStartup(PostgresMigrator migrator) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(MigrationStartup), ServiceLifecycleStage.First, migrator.MigrateAsync);
}
