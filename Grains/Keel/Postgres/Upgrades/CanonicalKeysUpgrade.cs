using System.Reflection;
using Npgsql;

namespace Keel.Grains.Postgres.Upgrades;

/// <summary>
/// Moves the streams of aggregates whose keys now have one canonical spelling (<see cref="KeelModule.CanonicalKeys"/>)
/// from the spelling an earlier build stored them under to that one: their events and their snapshot, rows renamed in
/// place, nothing rewritten. Where two stored spellings have one canonical key (or the canonical stream exists), the
/// stream recorded first keeps it and the others stay under their old key: nothing is merged, nothing is lost, and
/// the aggregate that earlier build saw first is the one the canonical key finds. Runs once, in the migration's
/// transaction; it reads each declared grain type's streams once (a scan of the log: a one-off, at start-up).
/// </summary>
internal sealed class CanonicalKeysUpgrade(IReadOnlyList<CanonicalKeys> declared) : IDataUpgrade
{
    public int Version => 10;

    public string Name => "canonical_aggregate_keys";

    public async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var keys in declared)
        {
            var prefix = GrainTypeOf(keys.Grain) + "/";
            var streams = new List<(string Service, string Stream)>();
            await using (var read = new NpgsqlCommand("""
                SELECT service_id, stream FROM keel_events WHERE left(stream, $1) = $2
                GROUP BY service_id, stream ORDER BY min(position)
                """, connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter<int> { TypedValue = prefix.Length });
                read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    streams.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
            var taken = streams.ToHashSet();
            foreach (var (service, stream) in streams)
            {
                var canonical = prefix + keys.Canonical(stream[prefix.Length..]);
                if (canonical == stream || !taken.Add((service, canonical)))
                {
                    continue; // canonical already, or its canonical key is held by a stream recorded earlier (or by itself)
                }
                taken.Remove((service, stream));
                await using var move = new NpgsqlBatch(connection, transaction)
                {
                    BatchCommands =
                    {
                        Rename("UPDATE keel_events SET stream = $3 WHERE service_id = $1 AND stream = $2", service, stream, canonical),
                        Rename("UPDATE keel_snapshots SET stream = $3 WHERE service_id = $1 AND stream = $2", service, stream, canonical),
                    },
                };
                await move.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static NpgsqlBatchCommand Rename(string sql, string service, string from, string to) => new(sql)
    {
        Parameters =
        {
            new NpgsqlParameter<string> { TypedValue = service },
            new NpgsqlParameter<string> { TypedValue = from },
            new NpgsqlParameter<string> { TypedValue = to },
        },
    };

    private static string GrainTypeOf(Type grain) => grain.GetCustomAttribute<GrainTypeAttribute>()?.GetGrainType(null!, grain).ToString()
        ?? throw new InvalidOperationException($"{grain.Name} declares canonical keys but has no [GrainType].");
}
