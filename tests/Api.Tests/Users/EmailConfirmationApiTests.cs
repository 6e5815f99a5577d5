using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Keel.Grains.Interfaces.Users;
using MimeKit;

namespace Keel.Api.Tests;

/// <summary>
/// Proof of control over HTTP (issue 20, #10): the code that confirms an address travels only in the welcome mail
/// itself — not in the registration's answer, the user's record, the mailbox listing — and confirms the address for
/// its user only.
/// </summary>
[Collection(ApiCollection.Name)]
public partial class EmailConfirmationApiTests(KeelApiFactory factory)
{
    private readonly HttpClient _anonymous = factory.CreateClient().As(null);

    private async Task<(UserView User, string Code, string Answer)> RegisterAsync(string address)
    {
        var created = await _anonymous.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Grace Hopper" });
        await created.AssertStatusAsync(HttpStatusCode.Created);
        var answer = await created.Content.ReadAsStringAsync();
        var user = (await created.Content.ReadFromJsonAsync<UserView>())!;
        var eml = await Eventually.GetAsync(() => Task.FromResult(factory.MailDirectory.GetFiles($"welcome.{user.UserId}.eml").SingleOrDefault()),
            f => f is not null, TimeSpan.FromSeconds(10), $"the welcome mail of {user.UserId}");
        var mime = await MimeMessage.LoadAsync(eml!.FullName);
        return (user, Code().Match(mime.TextBody ?? "").Value, answer);
    }

    private HttpClient As(UserView user) => factory.CreateClient().As(TestAuth.TokenFor(user.UserId.ToString()));

    private static string Confirm(UserView user) => $"/api/v1/users/{user.UserId}/email/confirm";

    [Fact]
    public async Task TheCodeOfTheWelcomeMailConfirmsTheAddressInAnyCaseAndAgainChangesNothing()
    {
        var address = $"confirm-{Guid.NewGuid():N}@example.com";
        var (user, code, answer) = await RegisterAsync(address);
        Assert.Equal(26, code.Length);
        var http = As(user);

        var confirmed = await http.PostAsJsonAsync(Confirm(user), new { code = code.ToLowerInvariant() });
        await confirmed.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(user, await confirmed.Content.ReadFromJsonAsync<UserView>());
        await (await http.PostAsJsonAsync(Confirm(user), new { code })).AssertStatusAsync(HttpStatusCode.OK);

        // The code is in the mail only.
        Assert.DoesNotContain(code, answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(code, await http.GetStringAsync($"/api/v1/users/{user.UserId}"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(code, await http.GetStringAsync($"/api/v1/email/messages?to={address}"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWrongMalformedOrMissingCodeIsABadRequestNamingTheCode()
    {
        var (user, code, _) = await RegisterAsync($"wrong-code-{Guid.NewGuid():N}@example.com");
        var http = As(user);
        var wrong = code[0] == '2' ? "3" + code[1..] : "2" + code[1..];

        var refused = await (await http.PostAsJsonAsync(Confirm(user), new { code = wrong })).AssertProblemAsync(HttpStatusCode.BadRequest, "users.wrong-code");
        Assert.Equal(["code"], refused.ErrorFields());
        foreach (var body in new object[] { new { code = "0O1IL" }, new { code = code + "2" }, new { } })
        {
            var invalid = await (await http.PostAsJsonAsync(Confirm(user), body)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation");
            Assert.Equal(["code"], invalid.ErrorFields());
        }
        await (await http.PostAsJsonAsync(Confirm(user), new { code })).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NobodyConfirmsAnotherUsersAddressEvenWithItsCode()
    {
        var (victim, code, _) = await RegisterAsync($"victim-{Guid.NewGuid():N}@example.com");
        var (intruder, _, _) = await RegisterAsync($"intruder-{Guid.NewGuid():N}@example.com");

        var response = await As(intruder).PostAsJsonAsync(Confirm(victim), new { code });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await (await As(victim).PostAsJsonAsync(Confirm(victim), new { code })).AssertStatusAsync(HttpStatusCode.OK);
    }

    [GeneratedRegex("\\b[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{26}\\b")]
    private static partial Regex Code();
}
