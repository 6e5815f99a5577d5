namespace Keel.Domain.Users;

public sealed class EmailOwnershipDecider : IDecider<EmailOwnershipCommand, EmailOwnership, EmailOwnershipEvent, EmailOwnershipRejection>
{
    private EmailOwnershipDecider() { }

    public static Decision<EmailOwnershipEvent, EmailOwnershipRejection> Decide(
        EmailOwnershipCommand command, EmailOwnership state) => (command, state) switch
        {
            (EmailOwnershipCommand.Claim c, EmailOwnership.Free) =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Emit(new EmailOwnershipEvent.Claimed(c.Owner)),
            (EmailOwnershipCommand.Claim c, EmailOwnership.Owned o) when o.Owner == c.Owner =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Nothing,
            (EmailOwnershipCommand.Claim, EmailOwnership.Owned o) =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Reject(new EmailOwnershipRejection.OwnedByAnother(o.Owner)),
            (EmailOwnershipCommand.TakeOver c, EmailOwnership.Owned o) when o.Owner == c.Abandoned =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Emit(new EmailOwnershipEvent.Claimed(c.Owner)),
            (EmailOwnershipCommand.TakeOver c, EmailOwnership.Owned o) when o.Owner == c.Owner =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Nothing,
            (EmailOwnershipCommand.TakeOver c, EmailOwnership.Free) =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Emit(new EmailOwnershipEvent.Claimed(c.Owner)),
            (EmailOwnershipCommand.TakeOver, EmailOwnership.Owned o) =>
                Decision<EmailOwnershipEvent, EmailOwnershipRejection>.Reject(new EmailOwnershipRejection.OwnedByAnother(o.Owner)),
            _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name} in {state.GetType().Name}."),
        };
}
