namespace Keel.Silo.Postgres.Outbox;

/// <summary>The cluster's one outbox sweeper (key 0).</summary>
[Alias("keel.IOutboxSweeperGrain")]
public interface IOutboxSweeperGrain : IGrainWithIntegerKey
{
    /// <summary>Makes sure the sweeper's reminder exists and sweeps once. Idempotent; every silo calls it at start.</summary>
    [Alias("start")]
    Task StartAsync();

    /// <summary>Asks every aggregate with a pending outbox to flush it; returns how many were asked.</summary>
    [Alias("sweep")]
    Task<int> SweepAsync();
}
