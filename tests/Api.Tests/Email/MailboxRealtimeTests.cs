using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Keel.Api.Tests;

[Collection(ApiCollection.Name)]
public class MailboxRealtimeTests(KeelApiFactory factory)
{
    private const string Events = "/api/v1/email/mailbox/events";

    [Fact]
    public async Task ASignedInUserWatchesTheWelcomeMailArriveInTheirOwnMailbox()
    {
        var address = $"live-{Guid.NewGuid():N}@example.com";
        var registered = await factory.CreateClient().As(null).PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada" });
        var userId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString()!;

        using var sse = await SseReader.OpenAsync(factory.CreateClient().As(TestAuth.TokenFor(userId)), Events);

        var first = await sse.NextAsync("the mailbox as it is");
        Assert.Equal("mailbox", first.Event);
        var welcome = first.Data.GetArrayLength() == 1 ? first.Data[0] : (await sse.NextAsync("the welcome mail")).Data;
        Assert.Equal($"welcome.{userId}", welcome.GetProperty("id").GetString());
        Assert.Equal(address, welcome.GetProperty("to").GetString());
        Assert.Equal("welcome", welcome.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ACallerWhoIsNoRegisteredUserHasNoMailboxToWatch()
    {
        var response = await factory.CreateClient().As(TestAuth.TokenFor(Guid.NewGuid().ToString())).GetAsync(new Uri(Events, UriKind.Relative));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task TheMailboxStreamIsInTheOpenApiDocument()
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;

        var operation = document.GetProperty("paths").GetProperty(Events).GetProperty("get");
        Assert.Equal("MailboxEvents", operation.GetProperty("operationId").GetString());
        Assert.True(operation.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _));
    }
}
