namespace Keel.Domain.Users;

/// <summary>Decides user commands. Who holds an address is decided by <see cref="EmailOwnershipDecider"/> and arrives with the command.</summary>
public sealed class UserDecider : IDecider<UserCommand, User, UserEvent, UserRejection>
{
    private UserDecider() { }

    public static Decision<UserEvent, UserRejection> Decide(UserCommand command, User state) => (command, state) switch
    {
        (UserCommand.Register c, User.Unregistered) when c.AddressOwner != c.Id =>
            Decision<UserEvent, UserRejection>.Reject(new UserRejection.EmailTaken(c.Email)),
        (UserCommand.Register c, User.Unregistered) =>
            Decision<UserEvent, UserRejection>.Emit(new UserEvent.Registered(c.Id, c.Email, c.Name, c.Now, c.Code)),
        (UserCommand.Register c, User.Registered r) when r.Email == c.Email && r.Name == c.Name =>
            Decision<UserEvent, UserRejection>.Nothing,
        (UserCommand.Register c, User.Registered) =>
            Decision<UserEvent, UserRejection>.Reject(new UserRejection.AlreadyRegistered(c.Id)),
        (UserCommand.ChangeName c, User.Registered r) when r.Name == c.Name => Decision<UserEvent, UserRejection>.Nothing,
        (UserCommand.ChangeName c, User.Registered r) => Decision<UserEvent, UserRejection>.Emit(new UserEvent.NameChanged(r.UserId, c.Name)),
        (UserCommand.ChangeName, _) => Decision<UserEvent, UserRejection>.Reject(new UserRejection.NotFound()),
        // The user's part of a confirmation: only a registered user confirms; the address's ownership checks the code.
        (UserCommand.ConfirmEmail, User.Registered) => Decision<UserEvent, UserRejection>.Nothing,
        (UserCommand.ConfirmEmail, _) => Decision<UserEvent, UserRejection>.Reject(new UserRejection.NotFound()),
        _ => throw new InvalidOperationException($"Unhandled {command.GetType().Name} in {state.GetType().Name}."),
    };
}
