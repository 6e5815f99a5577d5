using System.Text.RegularExpressions;
using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Tests;

/// <summary>
/// Proof of control (issue 20, #10): each registration sends exactly one welcome mail, which carries the code that
/// confirms the address; confirmed, the address is the user's for good; unconfirmed, another registration takes it once
/// the lease (<see cref="ClusterFixture.ClaimLease"/> here) has passed.
/// </summary>
[Collection(ClusterCollection.Name)]
public partial class EmailConfirmationGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static string UniqueAddress() => $"confirm-{Guid.NewGuid():N}@example.com";

    private IUserGrain NewUser() => fixture.Client.GetGrain<IUserGrain>(Guid.CreateVersion7());

    private async Task<ConfirmationCode> CodeMailedToAsync(string address, Guid user)
    {
        var mail = await Eventually.GetAsync(() => Task.FromResult(fixture.Mail.SentTo(address).SingleOrDefault(m => m.MessageId == $"welcome.{user}")),
            m => m is not null, Deadline, $"the welcome mail of {user}");
        return ConfirmationCode.Parse(Code().Match(mail!.TextBody).Value);
    }

    private static Task<Interfaces.CommandResult<User.Registered>> ConfirmAsync(IUserGrain user, ConfirmationCode code) =>
        user.ConfirmEmailAsync(new UserCommand.ConfirmEmail(code));

    [Fact]
    public async Task TheWelcomeMailsCodeConfirmsTheAddressForGood()
    {
        // A control: an address claimed first and never confirmed. Once another registration takes it, the lease has
        // passed for the confirmed address too (a positive marker instead of a sleep).
        var control = UniqueAddress();
        Assert.True((await NewUser().RegisterAsync(new RegisterUser(EmailAddress.Parse(control), PersonName.Parse("Idle")))).IsAccepted);
        var address = UniqueAddress();
        var user = NewUser();
        Assert.True((await user.RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Ada")))).IsAccepted);
        var code = await CodeMailedToAsync(address, user.GetPrimaryKey());

        var wrong = await ConfirmAsync(user, ConfirmationCode.Parse(new string('2', ConfirmationCode.Length)));
        Assert.Equal("users.wrong-code", wrong.Rejection?.Code);
        var confirmed = await ConfirmAsync(user, code);
        Assert.True(confirmed.IsAccepted);
        Assert.Equal(await user.GetAsync(), confirmed.Value);
        Assert.True((await ConfirmAsync(user, code)).IsAccepted);

        var taker = NewUser();
        await Eventually.GetAsync(() => taker.RegisterAsync(new RegisterUser(EmailAddress.Parse(control), PersonName.Parse("Taker"))), r => r.IsAccepted,
            Deadline, $"the unconfirmed {control} taken once its lease ({ClusterFixture.ClaimLease}) passed");
        var later = await NewUser().RegisterAsync(new RegisterUser(EmailAddress.Parse(address.ToUpperInvariant()), PersonName.Parse("Eve")));
        Assert.Equal("users.email-taken", later.Rejection?.Code);
        Assert.Equal(user.GetPrimaryKey(), await fixture.Client.GetGrain<IEmailOwnershipGrain>(address).GetHolderAsync());
        Assert.Single(fixture.Mail.SentTo(address));
    }

    [Fact]
    public async Task AnAddressNotConfirmedWithinTheLeaseIsRegisteredByWhoeverComesNextAndTheFirstCodeIsWorthNothing()
    {
        var address = UniqueAddress();
        var squatter = NewUser();
        Assert.True((await squatter.RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Squatter")))).IsAccepted);
        var squattersCode = await CodeMailedToAsync(address, squatter.GetPrimaryKey());
        var owner = NewUser();
        var register = new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Owner"));
        Assert.Equal("users.email-taken", (await owner.RegisterAsync(register)).Rejection?.Code); // within the lease

        var registered = await Eventually.GetAsync(() => owner.RegisterAsync(register), r => r.IsAccepted, Deadline,
            $"the registration of {address} once the unconfirmed one lapsed ({ClusterFixture.ClaimLease})");

        Assert.True(registered.IsAccepted);
        var ownersCode = await CodeMailedToAsync(address, owner.GetPrimaryKey());
        Assert.Equal("users.email-taken", (await ConfirmAsync(squatter, squattersCode)).Rejection?.Code);
        Assert.Equal("users.wrong-code", (await ConfirmAsync(owner, squattersCode)).Rejection?.Code);
        Assert.True((await ConfirmAsync(owner, ownersCode)).IsAccepted);
        // Each registration sent one welcome mail: the squatter's (which the squatter cannot read) and the owner's.
        Assert.Equal(2, fixture.Mail.SentTo(address).Count);
    }

    [Fact]
    public async Task AnUnregisteredUserConfirmsNothing()
    {
        var result = await ConfirmAsync(NewUser(), ConfirmationCode.Parse(new string('3', ConfirmationCode.Length)));

        Assert.Equal("users.not-found", result.Rejection?.Code);
    }

    [GeneratedRegex("\\b[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{26}\\b")]
    private static partial Regex Code();
}
