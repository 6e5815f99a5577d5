using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;

namespace Keel.Integration.Tests;

public sealed class RestartTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-restart-mail-");

    [Fact]
    public async Task UsersAndTheirMailsSurviveARestart()
    {
        var address = $"durable-{Guid.NewGuid():N}@example.com";
        UserView registered;
        await using (var first = new PostgresApiFactory(_database.ConnectionString, _mail.FullName))
        {
            var http = first.CreateClient();
            var created = await http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            registered = (await created.Content.ReadFromJsonAsync<UserView>())!;
            await Eventually.GetAsync(() => MessagesAsync(http, address), m => m.Length == 1, TimeSpan.FromSeconds(20), $"one message in the mailbox of {address}");
        }

        await using var second = new PostgresApiFactory(_database.ConnectionString, _mail.FullName);
        var client = second.CreateClient();

        Assert.Equal(registered, await client.GetFromJsonAsync<UserView>($"/api/v1/users/{registered.UserId}"));
        Assert.Single(await MessagesAsync(client, address));
        var again = await client.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Eve" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private static async Task<MailView[]> MessagesAsync(HttpClient http, string address) =>
        (await http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={Uri.EscapeDataString(address)}"))!;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
