using Npgsql;

namespace Keel.Silo.Postgres.Outbox;

/// <summary>Finds aggregates whose stored record still holds unpublished events (see <c>keel_outbox_grain</c>).</summary>
public sealed class PendingOutboxes(NpgsqlDataSource database, string serviceId)
{
    public async Task<IReadOnlyList<GrainId>> FindAsync(TimeSpan quietFor, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand("""
            SELECT keel_outbox_grain FROM orleansstorage
            WHERE keel_outbox_grain IS NOT NULL AND serviceid = @serviceId
              AND modifiedon < (now() AT TIME ZONE 'utc') - make_interval(secs => @quietSeconds)
            ORDER BY modifiedon
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("serviceId", serviceId);
        command.Parameters.AddWithValue("quietSeconds", quietFor.TotalSeconds);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var grains = new List<GrainId>();
        while (await reader.ReadAsync(cancellationToken))
        {
            grains.Add(GrainId.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        return grains;
    }
}
