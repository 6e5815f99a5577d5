using Keel.Grains.Postgres.Upgrades;
using Keel.Domain.Users;
using Keel.Domain.Email;
using Keel.Grains.Interfaces.Wire;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.Email;
using Keel.Grains.Postgres;
using Keel.Grains.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Keel.Integration.Tests;

/// <summary>A database written by the schema before the event log (versions 1–5) is upgraded without losing anything.</summary>
public sealed class UpgradeTests : IAsyncLifetime
{
    private const string ServiceId = "keel-integration";
    private static readonly DateTimeOffset Then = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly IServiceProvider Serialization = new ServiceCollection().AddSerializer(serializer => serializer.AddKeelDomain()).BuildServiceProvider();

    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-upgrade-mail-");
    private readonly SwitchableMailSender _sender = new();
    private int _rows;

    [Fact]
    public async Task UsersMailsAndQueuedEventsOfThePreviousSchemaSurviveTheUpgrade()
    {
        await ApplyPreviousSchemaAsync();
        // Registered and welcomed before the upgrade.
        var welcomed = (Id: Guid.CreateVersion7(), Email: $"welcomed-{Guid.NewGuid():N}@example.com");
        await StoreUserAsync(welcomed.Id, welcomed.Email, published: 1);
        await StoreAsync($"keel.email.mailbox/{welcomed.Email}", published: 1,
            new MailEvent.Sent($"welcome.{welcomed.Id}", EmailAddress.Parse(welcomed.Email), MailKind.Welcome, "Welcome, Ada", "Hello Ada", Then));
        // Registered, its event still in the old outbox (never published).
        var pending = (Id: Guid.CreateVersion7(), Email: $"pending-{Guid.NewGuid():N}@example.com");
        await StoreUserAsync(pending.Id, pending.Email, published: 0);
        // Registered, its event published and waiting in the queue.
        var queued = (Id: Guid.CreateVersion7(), Email: $"queued-{Guid.NewGuid():N}@example.com");
        var queuedEvent = await StoreUserAsync(queued.Id, queued.Email, published: 1);
        await QueueAsync(queued.Id, queuedEvent);

        await using var app = new PostgresApiFactory(_database.ConnectionString, _mail.FullName,
            services => services.AddSingleton<IMailSender>(_sender));
        var http = app.CreateClient();

        var user = await http.GetFromJsonAsync<UserView>($"/api/v1/users/{welcomed.Id}");
        Assert.Equal(welcomed.Email, user!.Email);
        var oldMail = Assert.Single((await http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={welcomed.Email}"))!);
        Assert.Equal($"welcome.{welcomed.Id}", oldMail.Id);
        var taken = await http.PostAsJsonAsync("/api/v1/users", new { email = welcomed.Email, name = "Eve" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);

        await Eventually.GetAsync(() => Task.FromResult(_sender.Sent), s => s.Count >= 2, TimeSpan.FromSeconds(40),
            "welcome mails for the pending and the queued registration", s => $"{s.Count} sent");
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(30), "every migrated event delivered");
        Assert.Single(_sender.Sent, m => m.To == pending.Email);
        Assert.Single(_sender.Sent, m => m.To == queued.Email);
        Assert.DoesNotContain(_sender.Sent, m => m.To == welcomed.Email);
        Assert.Equal(0L, await _database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansstorage WHERE convert_from(payloadbinary, 'UTF8') LIKE '{\"events\"%'"));
    }

    private async Task ApplyPreviousSchemaAsync()
    {
        await _database.ExecuteAsync("CREATE TABLE keel_schema_versions (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        foreach (var script in MigrationScripts.All.Where(script => script.Version <= 5))
        {
            await _database.ExecuteAsync(script.Sql);
            await _database.ExecuteAsync($"INSERT INTO keel_schema_versions (version, name) VALUES ({script.Version}, '{script.Name}')");
        }
    }

    private async Task<EventEnvelope> StoreUserAsync(Guid id, string email, int published)
    {
        var key = id.ToString("N");
        await StoreAsync($"keel.users.email-ownership/{email}", published: 1, new EmailOwnershipEvent.Claimed(UserId.From(id)));
        var stored = await StoreAsync($"keel.users.user/{key}", published, new UserEvent.Registered(UserId.From(id), EmailAddress.Parse(email), PersonName.Parse("Ada"), Then));
        return stored[0];
    }

    /// <summary>Writes an aggregate record exactly as the previous grain storage did: StorageJson, UTF-8, in payloadbinary.</summary>
    private async Task<List<EventEnvelope>> StoreAsync(string grainId, int published, params Keel.Domain.IEvent[] events)
    {
        var key = grainId[(grainId.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var record = new AggregateRecord
        {
            Events = [.. events.Select((e, i) => new EventEnvelope($"{key}/{i + 1}", i + 1, Then, null, e))],
            Published = published,
            GrainId = grainId,
        };
        var json = new JsonSerializerOptions();
        StorageJson.Configure(json);
        var row = Interlocked.Increment(ref _rows);
        await using var connection = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, serviceid, payloadbinary, modifiedon, version)
            VALUES ($1, $1, $1, 7, $2, $3, $4, now(), 1)
            """, connection);
        command.Parameters.AddWithValue(row);
        command.Parameters.AddWithValue(grainId[..grainId.IndexOf('/', StringComparison.Ordinal)]);
        command.Parameters.AddWithValue(ServiceId);
        command.Parameters.AddWithValue(JsonSerializer.SerializeToUtf8Bytes(record, json));
        await command.ExecuteNonQueryAsync();
        return record.Events;
    }

    private async Task QueueAsync(Guid userId, EventEnvelope envelope)
    {
        var stream = StreamId.Create("users", userId.ToString("N"));
        var partition = new StreamPartitions("keel-events", new EventStreamOptions(), TimeProvider.System).PartitionOf(stream);
        var payload = Serialization.GetRequiredService<Serializer<StreamPayload>>().SerializeToArray(new StreamPayload(stream, [envelope], null));
        await using var connection = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            INSERT INTO keel_stream_messages (service_id, provider, partition, stream_namespace, stream_key, payload)
            VALUES ($1, 'keel-events', $2, 'users', $3, $4)
            """, connection);
        command.Parameters.AddWithValue(ServiceId);
        command.Parameters.AddWithValue(partition);
        command.Parameters.AddWithValue(userId.ToString("N"));
        command.Parameters.AddWithValue(payload);
        await command.ExecuteNonQueryAsync();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
