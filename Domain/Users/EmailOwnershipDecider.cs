namespace Keel.Domain.Users;

/// <summary>
/// Decides who may claim an address — the first claimant, or whoever finds an unconfirmed claim lapsed — and who
/// confirms it: the claimant, with the code their welcome mail carried.
/// </summary>
public sealed class EmailOwnershipDecider : IDecider<EmailOwnershipCommand, EmailOwnership, EmailOwnershipEvent, EmailOwnershipRejection>
{
    private EmailOwnershipDecider() { }

    public static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Decide(EmailOwnershipCommand command, EmailOwnership state) =>
        (command, state) switch
        {
            (EmailOwnershipCommand.Claim c, EmailOwnership.Free) => Claimed(c),
            (EmailOwnershipCommand.Claim c, EmailOwnership.Claimed s) when s.Owner == c.Owner && (s.Code == c.Code || c.Code is null) => Nothing,
            (EmailOwnershipCommand.Claim c, EmailOwnership.Claimed s) when s.Owner == c.Owner => Claimed(c), // a retried registration
            (EmailOwnershipCommand.Claim c, EmailOwnership.Claimed s) when c.Now - s.At >= c.Lease => Claimed(c),
            (EmailOwnershipCommand.Claim c, EmailOwnership.Owned s) when s.Owner == c.Owner => Nothing,
            (EmailOwnershipCommand.Claim, _) => Taken(state),
            (EmailOwnershipCommand.Confirm c, EmailOwnership.Claimed s) when s.Owner == c.Owner && s.Code is null => Confirmed(c.Owner),
            (EmailOwnershipCommand.Confirm c, EmailOwnership.Claimed s) when s.Owner == c.Owner => Nothing, // its code confirms it
            (EmailOwnershipCommand.Confirm c, EmailOwnership.Owned s) when s.Owner == c.Owner => Nothing,
            (EmailOwnershipCommand.Confirm, EmailOwnership.Free) => Nothing,
            (EmailOwnershipCommand.Confirm, _) => Taken(state), // the claim lapsed and someone else holds the address now
            (EmailOwnershipCommand.ConfirmWithCode c, EmailOwnership.Claimed s) when s.Owner == c.Owner && s.Code is { } code && code.Matches(c.Code) =>
                Confirmed(c.Owner),
            (EmailOwnershipCommand.ConfirmWithCode c, EmailOwnership.Owned s) when s.Owner == c.Owner => Nothing,
            (EmailOwnershipCommand.ConfirmWithCode c, EmailOwnership.Claimed s) when s.Owner == c.Owner =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Reject(new EmailOwnershipRejection.WrongCode()),
            (EmailOwnershipCommand.ConfirmWithCode, EmailOwnership.Free) =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Reject(new EmailOwnershipRejection.WrongCode()),
            (EmailOwnershipCommand.ConfirmWithCode, _) => Taken(state), // lapsed, and taken over by someone else
            _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name} in {state.GetType().Name}."),
        };

    private static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Nothing => Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Nothing;

    private static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Claimed(EmailOwnershipCommand.Claim c) =>
        Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Emit(new EmailOwnershipEvent.Claimed(c.Owner, c.Now, c.Code));

    private static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Confirmed(UserId owner) =>
        Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Emit(new EmailOwnershipEvent.Confirmed(owner));

    private static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Taken(EmailOwnership state) =>
        Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Reject(new EmailOwnershipRejection.OwnedByAnother(state.Holder!.Value));
}
