using Keel.Domain.Users;

namespace Keel.Domain.Tests;

public class EmailOwnershipDeciderTests
{
    private static readonly UserId First = UserId.From(Guid.Parse("0196f7a2-0000-7000-8000-000000000001"));
    private static readonly UserId Second = UserId.From(Guid.Parse("0196f7a2-0000-7000-8000-000000000002"));

    private static DeciderSpec<EmailOwnership, EmailOwnershipCommand, EmailOwnershipEvent, EmailOwnershipRejection> Spec() =>
        new(EmailOwnership.Initial, EmailOwnership.Evolve, EmailOwnershipDecider.Decide);

    [Fact]
    public void AFreeAddressIsClaimed() =>
        Spec().When(new EmailOwnershipCommand.Claim(First)).Then(new EmailOwnershipEvent.Claimed(First));

    [Fact]
    public void TheOwnerClaimingAgainChangesNothing() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First)).When(new EmailOwnershipCommand.Claim(First)).Then();

    [Fact]
    public void RejectsAClaimOnAnAddressSomeoneElseOwns() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First))
            .When(new EmailOwnershipCommand.Claim(Second))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(First));

    [Fact]
    public void AnAbandonedClaimIsTakenOver() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First))
            .When(new EmailOwnershipCommand.TakeOver(First, Second))
            .Then(new EmailOwnershipEvent.Claimed(Second));

    [Fact]
    public void ATakeOverThatAlreadyHappenedChangesNothing() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First), new EmailOwnershipEvent.Claimed(Second))
            .When(new EmailOwnershipCommand.TakeOver(First, Second))
            .Then();

    [Fact]
    public void ATakeOverFromSomeoneWhoNoLongerOwnsTheAddressIsRejected()
    {
        var third = UserId.From(Guid.Parse("0196f7a2-0000-7000-8000-000000000003"));

        Spec().Given(new EmailOwnershipEvent.Claimed(First), new EmailOwnershipEvent.Claimed(Second))
            .When(new EmailOwnershipCommand.TakeOver(First, third))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(Second));
    }
}
