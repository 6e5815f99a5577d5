using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using MimeKit;

namespace Keel.Api.Tests;

[Collection(ApiCollection.Name)]
public class EmailApiTests(KeelApiFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    private async Task<MailView[]> MessagesToAsync(string address) =>
        (await _http.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={Uri.EscapeDataString(address)}"))!;

    [Fact]
    public async Task ARegisteredUserIsSentOneWelcomeMail()
    {
        var address = $"mail-{Guid.NewGuid():N}@example.com";
        var created = await _http.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Ada Lovelace" });
        var user = (await created.Content.ReadFromJsonAsync<UserView>())!;

        var messages = await Eventually.GetAsync(() => MessagesToAsync(address), m => m.Length > 0, TimeSpan.FromSeconds(10),
            $"a message in the mailbox of {address}");

        var message = Assert.Single(messages);
        Assert.Equal(("welcome", address, $"welcome.{user.UserId}"), (message.Kind, message.To, message.Id));
        var eml = Assert.Single(factory.MailDirectory.GetFiles($"welcome.{user.UserId}.eml"));
        var mime = await MimeMessage.LoadAsync(eml.FullName);
        Assert.Equal(address, mime.To.Mailboxes.Single().Address);
        Assert.Contains("Ada Lovelace", mime.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressNobodyWroteToHasNoMessages() =>
        Assert.Empty(await MessagesToAsync($"nobody-{Guid.NewGuid():N}@example.com"));

    [Theory]
    [InlineData("/api/v1/email/messages")]
    [InlineData("/api/v1/email/messages?to=")]
    [InlineData("/api/v1/email/messages?to=not-an-address")]
    public async Task AMissingOrInvalidRecipientIsABadRequest(string url)
    {
        var response = await _http.GetAsync(url);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["to"], problem.ErrorFields());
    }
}
