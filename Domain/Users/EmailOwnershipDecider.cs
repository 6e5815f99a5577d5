namespace Keel.Domain.Users;

/// <summary>Decides who may claim an address: the first claimant, or whoever finds an unconfirmed claim lapsed.</summary>
public sealed class EmailOwnershipDecider : IDecider<EmailOwnershipCommand, EmailOwnership, EmailOwnershipEvent, EmailOwnershipRejection>
{
    private EmailOwnershipDecider() { }

    public static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Decide(EmailOwnershipCommand command, EmailOwnership state) =>
        (command, state) switch
        {
            (EmailOwnershipCommand.Claim c, EmailOwnership.Free) => Claimed(c),
            (EmailOwnershipCommand.Claim c, EmailOwnership.Claimed s) when s.Owner == c.Owner => Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Nothing,
            (EmailOwnershipCommand.Claim c, EmailOwnership.Claimed s) when c.Now - s.At >= c.Lease => Claimed(c),
            (EmailOwnershipCommand.Claim c, EmailOwnership.Owned s) when s.Owner == c.Owner => Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Nothing,
            (EmailOwnershipCommand.Claim, _) => Taken(state),
            (EmailOwnershipCommand.Confirm c, EmailOwnership.Claimed s) when s.Owner == c.Owner =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Emit(new EmailOwnershipEvent.Confirmed(c.Owner)),
            (EmailOwnershipCommand.Confirm c, EmailOwnership.Owned s) when s.Owner == c.Owner => Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Nothing,
            (EmailOwnershipCommand.Confirm, EmailOwnership.Free) => Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Nothing,
            (EmailOwnershipCommand.Confirm, _) => Taken(state), // the claim lapsed and someone else holds the address now
            _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name} in {state.GetType().Name}."),
        };

    private static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Claimed(EmailOwnershipCommand.Claim c) =>
        Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Emit(new EmailOwnershipEvent.Claimed(c.Owner, c.Now));

    private static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Taken(EmailOwnership state) =>
        Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Reject(new EmailOwnershipRejection.OwnedByAnother(state.Holder!.Value));
}
