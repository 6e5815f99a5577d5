using Keel.Domain.Email;
using Keel.Domain.Users;

namespace Keel.Domain.Tests;

/// <summary>
/// Squatting (issue 20, #10): a registration claims its address with a code only its welcome mail carries; the claim is
/// final once the claimant sends that code back, and lapses after the lease otherwise, so the address can be registered
/// again.
/// </summary>
public class EmailConfirmationTests
{
    private static readonly UserId First = UserId.From(Guid.Parse("0196f7a2-0000-7000-8000-000000000001"));
    private static readonly UserId Second = UserId.From(Guid.Parse("0196f7a2-0000-7000-8000-000000000002"));
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromHours(24);
    private static readonly ConfirmationCode Code = ConfirmationCode.Parse("ABCDEFGHJKMNPQRSTUVWXYZ234");
    private static readonly ConfirmationCode Other = ConfirmationCode.Parse("23456789ABCDEFGHJKMNPQRSTU");

    private static DeciderSpec<EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection> Ownership() =>
        new(EmailOwnership.Initial, EmailOwnership.Evolve, EmailOwnershipDecider.Decide);

    [Fact]
    public void AClaimCarriesItsCode() =>
        Ownership().When(new EmailOwnershipCommand.Claim(First, Monday, Lease, Code)).Then(new EmailOwnershipEvent.Claimed(First, Monday, Code));

    [Fact]
    public void TheCodeOfTheMailConfirmsTheClaimInAnyCaseOnce()
    {
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code))
            .When(new EmailOwnershipCommand.ConfirmWithCode(First, ConfirmationCode.Parse(Code.Value.ToLowerInvariant())))
            .Then(new EmailOwnershipEvent.Confirmed(First));
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code), new EmailOwnershipEvent.Confirmed(First))
            .When(new EmailOwnershipCommand.ConfirmWithCode(First, Code))
            .Then();
    }

    [Fact]
    public void AnotherCodeConfirmsNothing() =>
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code))
            .When(new EmailOwnershipCommand.ConfirmWithCode(First, Other))
            .ThenRejected(new EmailOwnershipRejection.WrongCode());

    [Fact]
    public void NobodyButTheClaimantConfirmsEvenWithTheRightCode() =>
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code))
            .When(new EmailOwnershipCommand.ConfirmWithCode(Second, Code))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(First));

    [Fact]
    public void AFreeAddressIsConfirmedByNoCode() =>
        Ownership().When(new EmailOwnershipCommand.ConfirmWithCode(First, Code)).ThenRejected(new EmailOwnershipRejection.WrongCode());

    [Fact]
    public void BeingRegisteredNoLongerConfirmsAClaimThatHasACode() =>
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code))
            .When(new EmailOwnershipCommand.Confirm(First))
            .Then();

    [Fact]
    public void AClaimNotConfirmedWithinTheLeaseIsTakenOverAndItsCodeThenConfirmsNothing()
    {
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code))
            .When(new EmailOwnershipCommand.Claim(Second, Monday + Lease, Lease, Other))
            .Then(new EmailOwnershipEvent.Claimed(Second, Monday + Lease, Other));
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code), new EmailOwnershipEvent.Claimed(Second, Monday + Lease, Other))
            .When(new EmailOwnershipCommand.ConfirmWithCode(First, Code))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(Second));
    }

    [Fact]
    public void AClaimConfirmedWithItsCodeNeverLapses() =>
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code), new EmailOwnershipEvent.Confirmed(First))
            .When(new EmailOwnershipCommand.Claim(Second, Monday + (Lease * 400), Lease, Other))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(First));

    [Fact]
    public void ARetriedRegistrationClaimsAnewWithTheCodeItsMailCarries()
    {
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code))
            .When(new EmailOwnershipCommand.Claim(First, Monday.AddSeconds(5), Lease, Other))
            .Then(new EmailOwnershipEvent.Claimed(First, Monday.AddSeconds(5), Other));
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code), new EmailOwnershipEvent.Claimed(First, Monday.AddSeconds(5), Other))
            .When(new EmailOwnershipCommand.ConfirmWithCode(First, Code))
            .ThenRejected(new EmailOwnershipRejection.WrongCode());
    }

    [Fact]
    public void AClaimWithoutACodeNeverReplacesOneWithACode() =>
        Ownership().Given(new EmailOwnershipEvent.Claimed(First, Monday, Code))
            .When(new EmailOwnershipCommand.Claim(First, Monday.AddSeconds(5), Lease))
            .Then();

    [Fact]
    public void TheRegistrationCarriesTheCodeToItsEvent() =>
        new DeciderSpec<User, UserCommand, UserEvent, UserRejection>(User.Initial, User.Evolve, UserDecider.Decide)
            .When(new UserCommand.Register(First, EmailAddress.Parse("ada@example.com"), PersonName.Parse("Ada"), Monday, First, Code))
            .Then(new UserEvent.Registered(First, EmailAddress.Parse("ada@example.com"), PersonName.Parse("Ada"), Monday, Code));

    [Fact]
    public void OnlyARegisteredUserConfirmsAnAddress()
    {
        var users = new DeciderSpec<User, UserCommand, UserEvent, UserRejection>(User.Initial, User.Evolve, UserDecider.Decide);
        users.When(new UserCommand.ConfirmEmail(Code)).ThenRejected(new UserRejection.NotFound());
        users.Given(new UserEvent.Registered(First, EmailAddress.Parse("ada@example.com"), PersonName.Parse("Ada"), Monday, Code))
            .When(new UserCommand.ConfirmEmail(Code)).Then();
    }

    [Fact]
    public void TheWelcomeMailCarriesTheCodeAndWhereToSendIt()
    {
        var content = WelcomeMail.Compose(PersonName.Parse("Ada"), First, Code);

        Assert.Contains(Code.Value, content.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/api/v1/users/{First}/email/confirm", content.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Code.Value, content.Subject, StringComparison.Ordinal);
        var sent = Assert.IsType<MailEvent.Sent>(Assert.Single(Assert.IsType<Decision<MailEvent, NoRejection>.Accepted>(MailDecider.Decide(
            new MailCommand.SendWelcome(First, EmailAddress.Parse("ada@example.com"), PersonName.Parse("Ada"), Monday, Code), Mailbox.Initial)).Events));
        Assert.Equal(content.TextBody, sent.TextBody);
        Assert.DoesNotContain(Code.Value, WelcomeMail.Compose(PersonName.Parse("Ada")).TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ23")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ2345")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ01O")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXY Z23")]
    public void ACodeHasTwentySixCharactersOfItsAlphabet(string text) => Assert.False(ConfirmationCode.TryParse(text, out _, out _));

    [Fact]
    public void ACodeNeverPrintsItselfNorDoesARecordThatHoldsIt()
    {
        Assert.DoesNotContain(Code.Value, Code.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Code.Value, new EmailOwnershipEvent.Claimed(First, Monday, Code).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Code.Value, new UserCommand.ConfirmEmail(Code).ToString(), StringComparison.Ordinal);
    }
}
