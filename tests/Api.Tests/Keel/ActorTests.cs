using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Users;
using Keel.Grains.EventLog;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Api.Tests;

/// <summary>Who did it: the caller's id travels with the command into the grain and is recorded with its events.</summary>
[Collection(ApiCollection.Name)]
public sealed class ActorTests(KeelApiFactory factory)
{
    [Fact]
    public async Task TheCallerIsRecordedWithTheEventsOfTheCommandAndOfWhatItCaused()
    {
        using var http = factory.CreateClient().As(TestAuth.TokenFor("operator-7", "admin"));
        var response = await http.PostAsJsonAsync("/api/v1/users", new { email = $"actor-{Guid.NewGuid():N}@example.com", name = "Actor" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = (await response.Content.ReadFromJsonAsync<UserView>())!;
        var log = factory.Services.GetRequiredService<IEventLog>();

        var registered = await log.LoadAsync($"keel.users.user/{user.UserId:N}");
        Assert.Equal("operator-7", Assert.Single(registered.Events).Actor);
        var mailbox = await Eventually.GetAsync(
            () => log.LoadAsync($"keel.email.mailbox/{user.Email}"), m => m.Events.Count > 0,
            TimeSpan.FromSeconds(30), "the welcome mail recorded in the mailbox");
        Assert.All(mailbox.Events, e => Assert.Equal("operator-7", e.Actor));
    }

    [Fact]
    public async Task ARegistrationWithoutATokenIsRecordedAsAnonymous()
    {
        using var http = factory.CreateClient().As(null);
        var response = await http.PostAsJsonAsync("/api/v1/users", new { email = $"anon-{Guid.NewGuid():N}@example.com", name = "Anon" });
        var user = (await response.Content.ReadFromJsonAsync<UserView>())!;

        var registered = await factory.Services.GetRequiredService<IEventLog>().LoadAsync($"keel.users.user/{user.UserId:N}");
        Assert.Equal("anonymous", Assert.Single(registered.Events).Actor);
    }
}
