using System.Net;
using System.Net.Http.Json;
using Keel.Grains.Interfaces.Users;

namespace Keel.Api.Tests;

/// <summary>
/// Registration reveals no more than it must (issue 20, #10): a taken address answers 409 <c>users.email-taken</c>, as
/// the HTTP contract has it, with a body that names neither the address nor the user who holds it.
/// </summary>
[Collection(ApiCollection.Name)]
public class RegistrationPrivacyTests(KeelApiFactory factory)
{
    [Fact]
    public async Task ATakenAddressAnswers409WithoutNamingTheAddressOrItsHolder()
    {
        var address = $"Leaky.Person-{Guid.NewGuid():N}@example.com";
        var anonymous = factory.CreateClient().As(null);
        var first = await (await anonymous.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Leaky Person" })).Content.ReadFromJsonAsync<UserView>();

        var taken = await anonymous.PostAsJsonAsync("/api/v1/users", new { email = address, name = "Someone Else" });

        var problem = await taken.AssertProblemAsync(HttpStatusCode.Conflict, "users.email-taken");
        var body = problem.GetRawText();
        Assert.DoesNotContain(address[..address.IndexOf('@', StringComparison.Ordinal)], body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain(first!.UserId.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["code", "detail", "status", "title", "traceId", "type"], problem.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
