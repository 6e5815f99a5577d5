using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Users;

namespace Keel.Api.Tests;

/// <summary>
/// One address, one account (issue 20, #10): addresses that differ only in case — the local part's included — are the
/// same address; the user's address keeps the spelling it was registered with, and the welcome mail goes there.
/// </summary>
[Collection(ApiCollection.Name)]
public class CanonicalAddressApiTests(KeelApiFactory factory)
{
    private readonly HttpClient _anonymous = factory.CreateClient().As(null);

    [Fact]
    public async Task AnAddressInAnotherCaseIsTakenAlready()
    {
        var local = $"Leaky.Person-{Guid.NewGuid():N}";
        var created = await _anonymous.PostAsJsonAsync("/api/v1/users", new { email = $"{local}@example.com", name = "Leaky Person" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{local}@example.com", (await created.Content.ReadFromJsonAsync<UserView>())!.Email);

        foreach (var other in new[] { local.ToLowerInvariant(), local.ToUpperInvariant(), "l" + local[1..] })
        {
            var again = await _anonymous.PostAsJsonAsync("/api/v1/users", new { email = $"{other}@Example.com", name = "Someone Else" });
            await again.AssertProblemAsync(HttpStatusCode.Conflict, "users.email-taken");
        }
    }

    [Fact]
    public async Task TheUserReadsTheirMailsByTheAddressInAnyCaseAndTheMailGoesWhereItWasWritten()
    {
        var local = $"Mixed.Case-{Guid.NewGuid():N}";
        var created = await _anonymous.PostAsJsonAsync("/api/v1/users", new { email = $"{local}@example.com", name = "Mixed Case" });
        var user = (await created.Content.ReadFromJsonAsync<UserView>())!;
        var asUser = factory.CreateClient().As(TestAuth.TokenFor(user.UserId.ToString()));

        var mails = await Eventually.GetAsync(() => asUser.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={local.ToLowerInvariant()}@EXAMPLE.COM"),
            m => m!.Length > 0, TimeSpan.FromSeconds(10), "the welcome mail, read by the address in lower case");
        var welcome = Assert.Single(mails!);
        Assert.Equal($"{local}@example.com", welcome.To);
        Assert.Single((await asUser.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={local}@example.com"))!);
        var file = Assert.Single(factory.MailDirectory.GetFiles("*.eml"), f => File.ReadAllText(f.FullName).Contains(local, StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"To: {local}@example.com", File.ReadAllText(file.FullName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheSubInItsOneSpellingReadsTheUsersMails()
    {
        var address = $"spelling-{Guid.NewGuid():N}@example.com";
        var user = (await (await _anonymous.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Spelling" })).Content.ReadFromJsonAsync<UserView>())!;
        var id = user.UserId.ToString();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().As(TestAuth.TokenFor(id)).GetAsync($"/api/v1/email/messages?to={address}")).StatusCode);

        foreach (var other in new[] { id.ToUpperInvariant(), $"{{{id}}}", id.Replace("-", "", StringComparison.Ordinal) })
        {
            var response = await factory.CreateClient().As(TestAuth.TokenFor(other)).GetAsync($"/api/v1/email/messages?to={address}");
            await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }
    }
}
