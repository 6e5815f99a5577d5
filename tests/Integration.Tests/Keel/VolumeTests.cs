using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Integration.Tests;

public sealed class VolumeTests : IAsyncLifetime
{
    private const int Users = 1_000;
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-volume-mail-");
    private readonly SwitchableMailSender _sender = new();

    [Fact]
    public async Task AThousandRegistrationsThroughThePostgresBridgeSendAThousandMailsNoneTwice()
    {
        await using var app = new PostgresApiFactory(_database.ConnectionString, _mail.FullName,
            services => services.AddSingleton<IMailSender>(_sender));
        var http = app.CreateClient();
        var run = Guid.NewGuid().ToString("N")[..8];

        var statuses = new List<HttpStatusCode>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Users), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancellation) =>
        {
            var response = await http.PostAsJsonAsync("/api/v1/users", new { email = $"volume-{run}-{i}@example.com", name = $"User {i}" }, cancellation);
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
            }
        });
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));

        await Eventually.GetAsync(() => Task.FromResult(_sender.Sent), s => s.Count >= Users, TimeSpan.FromSeconds(90),
            $"{Users} mails sent", s => $"{s.Count} sent");
        // Every event published and acknowledged: duplicates, if any, have been sent by now.
        await Eventually.GetAsync(_database.BridgeBacklogAsync, b => b.IsEmpty, TimeSpan.FromSeconds(30), "every event published and acknowledged");
        var sent = _sender.Sent;

        Assert.Equal(Users, sent.Select(m => m.To).Distinct().Count());
        Assert.Equal(Users, sent.Count);
        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM keel_stream_messages"));
        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM keel_stream_dead_letters"));
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
