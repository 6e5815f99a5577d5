using Keel.Domain.Users;
using Keel.Domain;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class UserGrainTests(ClusterFixture fixture)
{
    private static string UniqueAddress() => $"user-{Guid.NewGuid():N}@Example.COM";

    private IUserGrain NewUser() => fixture.Client.GetGrain<IUserGrain>(Guid.CreateVersion7());

    [Fact]
    public async Task RegistersAUserWithANormalizedAddress()
    {
        var address = UniqueAddress();
        var grain = NewUser();

        var result = await grain.RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("  Ada Lovelace ")));

        Assert.True(result.IsAccepted);
        Assert.Equal(grain.GetPrimaryKey(), result.Value.UserId.Value);
        Assert.Equal(address.Replace("Example.COM", "example.com", StringComparison.Ordinal), result.Value.Email.Value);
        Assert.Equal("Ada Lovelace", result.Value.Name.Value);
        Assert.Equal(result.Value, await grain.GetAsync());
    }

    [Fact]
    public async Task RepeatingARegistrationReturnsTheSameUser()
    {
        var address = UniqueAddress();
        var grain = NewUser();
        var first = await grain.RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Ada")));

        var second = await grain.RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Ada")));

        Assert.True(second.IsAccepted);
        Assert.Equal(first.Value, second.Value);
    }

    [Fact]
    public async Task RejectsASecondUserWithTheSameAddress()
    {
        var address = UniqueAddress();
        await NewUser().RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Ada")));

        var result = await NewUser().RegisterAsync(new RegisterUser(EmailAddress.Parse($" {address.Replace("Example.COM", "EXAMPLE.com", StringComparison.Ordinal)}"), PersonName.Parse("Eve")));

        Assert.False(result.IsAccepted);
        Assert.Equal("users.email-taken", result.Rejection.Code);
        Assert.Equal(RejectionKind.Conflict, result.Rejection.Kind);
    }

    [Fact]
    public async Task OfFiftyConcurrentRegistrationsOfOneAddressExactlyOneSucceeds()
    {
        var address = UniqueAddress();

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => NewUser().RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse($"Racer {i}")))));

        Assert.Single(results, r => r.IsAccepted);
        Assert.All(results.Where(r => !r.IsAccepted), r => Assert.Equal("users.email-taken", r.Rejection!.Code));
    }

    [Fact]
    public async Task AnAddressClaimedByARegistrationThatNeverCompletedCanBeRegisteredOnceTheClaimLapsed()
    {
        var address = UniqueAddress();
        var abandoned = Guid.CreateVersion7();
        var normalized = address.Replace("Example.COM", "example.com", StringComparison.Ordinal);
        Assert.Equal(abandoned, await fixture.Client.GetGrain<IEmailOwnershipGrain>(normalized).ClaimAsync(abandoned));
        var user = NewUser();
        var register = new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Ada"));
        Assert.Equal("users.email-taken", (await user.RegisterAsync(register)).Rejection?.Code); // within the claim's lease

        var result = await Eventually.GetAsync(() => user.RegisterAsync(register), r => r.IsAccepted, TimeSpan.FromSeconds(10),
            $"the registration of {address} once the abandoned claim lapsed ({ClusterFixture.ClaimLease})");

        Assert.True(result.IsAccepted);
        Assert.Null(await fixture.Client.GetGrain<IUserGrain>(abandoned).GetAsync());
        // That the confirmed address stays the user's after the lease: EmailConfirmationGrainTests.
    }

    [Fact]
    public async Task AnUnknownUserIsNull() => Assert.Null(await NewUser().GetAsync());
}
