using Keel.Domain.Users;

namespace Keel.Domain.Tests;

public class EmailOwnershipDeciderTests
{
    private static readonly UserId First = UserId.From(Guid.Parse("0196f7a2-0000-7000-8000-000000000001"));
    private static readonly UserId Second = UserId.From(Guid.Parse("0196f7a2-0000-7000-8000-000000000002"));
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static DeciderSpec<EmailOwnershipDecider, EmailOwnershipCommand, EmailOwnership, EmailOwnershipEvent, EmailOwnershipRejection> Spec() => new();

    private static EmailOwnershipCommand.Claim Claim(UserId owner, TimeSpan after) => new(owner, Monday + after, Lease);

    [Fact]
    public void AFreeAddressIsClaimedWithItsTime() =>
        Spec().When(Claim(First, TimeSpan.Zero)).Then(new EmailOwnershipEvent.Claimed(First, Monday));

    [Fact]
    public void TheClaimantClaimingAgainChangesNothing() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First, Monday)).When(Claim(First, TimeSpan.FromMinutes(5))).Then();

    [Fact]
    public void RejectsAClaimOnAnAddressSomeoneElseClaimedWithinTheLease() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First, Monday))
            .When(Claim(Second, TimeSpan.FromSeconds(29)))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(First));

    [Fact]
    public void AnUnconfirmedClaimLapsesAfterTheLeaseAndIsTakenOver() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First, Monday))
            .When(Claim(Second, Lease))
            .Then(new EmailOwnershipEvent.Claimed(Second, Monday + Lease));

    [Fact]
    public void AConfirmedClaimNeverLapses() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First, Monday), new EmailOwnershipEvent.Confirmed(First))
            .When(Claim(Second, TimeSpan.FromDays(400)))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(First));

    [Fact]
    public void TheClaimantsRegistrationConfirmsTheClaimOnce()
    {
        Spec().Given(new EmailOwnershipEvent.Claimed(First, Monday))
            .When(new EmailOwnershipCommand.Confirm(First))
            .Then(new EmailOwnershipEvent.Confirmed(First));
        Spec().Given(new EmailOwnershipEvent.Claimed(First, Monday), new EmailOwnershipEvent.Confirmed(First))
            .When(new EmailOwnershipCommand.Confirm(First))
            .Then();
    }

    [Fact]
    public void AConfirmationThatCameAfterATakeOverChangesNothing() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First, Monday), new EmailOwnershipEvent.Claimed(Second, Monday + Lease))
            .When(new EmailOwnershipCommand.Confirm(First))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(Second));

    [Fact]
    public void AClaimRecordedBeforeClaimsHadATimeIsFinal() =>
        Spec().Given(new EmailOwnershipEvent.Claimed(First))
            .When(Claim(Second, TimeSpan.FromDays(400)))
            .ThenRejected(new EmailOwnershipRejection.OwnedByAnother(First));
}
