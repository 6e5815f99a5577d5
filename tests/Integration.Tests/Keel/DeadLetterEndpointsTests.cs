using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Keel.Integration.Tests;

/// <summary>The operators' dead-letter endpoints on PostgreSQL: one service's at a time, a page at a time, redriven only within their service.</summary>
public sealed class DeadLetterEndpointsTests : IAsyncLifetime, IDisposable
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-dead-letters-mail-");
    private PostgresApiFactory _api = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _api = new PostgresApiFactory(_database.ConnectionString, _mail.FullName, settings: new Dictionary<string, string>
        {
            ["Keel:Admin:Enabled"] = "true",
        });
        _http = _api.CreateClient();
        // Dead letters of a deployment with another service id: redriven, they wait in a queue no receiver of this Api reads.
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        foreach (var (service, key) in new[] { ("users", "u1"), ("lobby", "l1"), ("users", "u2"), ("lobby", "l2"), ("users", "u3") })
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO keel_stream_dead_letters (message_id, service_id, provider, partition, stream_namespace, stream_key, payload, attempts, reason, enqueued_at) " +
                "VALUES (1, 'elsewhere', 'keel', 0, @service, @key, '\\x00'::bytea, 5, 'it failed', now())", connection);
            insert.Parameters.AddWithValue("service", service);
            insert.Parameters.AddWithValue("key", key);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private async Task<(string[] Keys, long[] Ids, string? Next)> PageAsync(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var letters = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
        var next = response.Headers.TryGetValues("Link", out var links) ? links.Single() : null;
        return ([.. letters.Select(l => l.GetProperty("streamKey").GetString()!)], [.. letters.Select(l => l.GetProperty("id").GetInt64())],
            next is null ? null : next[1..next.IndexOf('>', StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task AServicesDeadLettersComeAPageAtATimeNewestFirst()
    {
        var first = await PageAsync("/api/v1/admin/dead-letters?service=users&limit=2");
        var second = await PageAsync(first.Next!);
        var lobby = await PageAsync("/api/v1/admin/services/lobby/dead-letters");
        var all = await PageAsync("/api/v1/admin/dead-letters");

        Assert.Equal(["u3", "u2"], first.Keys);
        Assert.Equal("/api/v1/admin/dead-letters?service=users&limit=2&before=" + first.Ids[^1], first.Next);
        Assert.Equal(["u1"], second.Keys);
        Assert.Null(second.Next);
        Assert.Equal(["l2", "l1"], lobby.Keys);
        Assert.Equal(["u3", "l2", "u2", "l1", "u1"], all.Keys);
    }

    [Fact]
    public async Task ADeadLetterIsRedrivenOnlyWithinTheServiceItIsOf()
    {
        var lobbyLetter = (await PageAsync("/api/v1/admin/services/lobby/dead-letters?limit=1")).Ids.Single();

        var inRoute = await _http.PostAsync($"/api/v1/admin/services/users/dead-letters/{lobbyLetter}/redrive", null);
        var inQuery = await _http.PostAsync($"/api/v1/admin/dead-letters/{lobbyLetter}/redrive?service=users", null);
        var listed = await PageAsync("/api/v1/admin/services/lobby/dead-letters");
        var own = await _http.PostAsync($"/api/v1/admin/services/lobby/dead-letters/{lobbyLetter}/redrive", null);

        await AuthTests.AssertProblemAsync(inRoute, HttpStatusCode.NotFound, "admin.dead-letter-not-found");
        await AuthTests.AssertProblemAsync(inQuery, HttpStatusCode.NotFound, "admin.dead-letter-not-found");
        Assert.Contains(lobbyLetter, listed.Ids);
        Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
        Assert.DoesNotContain(lobbyLetter, (await PageAsync("/api/v1/admin/services/lobby/dead-letters")).Ids);
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM keel_stream_messages WHERE service_id = 'elsewhere' AND stream_namespace = 'lobby'"));
    }

    [Fact]
    public async Task TheOlderRedriveRouteStillWorksByIdAlone()
    {
        var letter = (await PageAsync("/api/v1/admin/services/users/dead-letters?limit=1")).Ids.Single();

        Assert.Equal(HttpStatusCode.Accepted, (await _http.PostAsync($"/api/v1/admin/dead-letters/{letter}/redrive", null)).StatusCode);
        await AuthTests.AssertProblemAsync(
            await _http.PostAsync($"/api/v1/admin/dead-letters/{letter}/redrive", null), HttpStatusCode.NotFound, "admin.dead-letter-not-found");
    }

    [Theory]
    [InlineData("/api/v1/admin/dead-letters?limit=0", "limit")]
    [InlineData("/api/v1/admin/dead-letters?before=0", "before")]
    [InlineData("/api/v1/admin/services/users/dead-letters?before=x", "before")]
    public async Task ABadPageIsAValidationProblem(string path, string field)
    {
        var response = await _http.GetAsync(path);

        await AuthTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
        _mail.Delete(recursive: true);
    }

    public void Dispose() => _api?.Dispose();
}
