using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;
using Keel.Domain.Users;

namespace Keel.Grains.Users;

/// <summary>Maps the user aggregate's rejections and state to what callers read.</summary>
internal static class UserContracts
{
    public static Rejection ToRejection(UserRejection rejection) => rejection switch
    {
        UserRejection.EmailTaken e => new(
            "users.email-taken", $"The address {e.Email} is already registered.", RejectionKind.Conflict),
        UserRejection.AlreadyRegistered e => new(
            "users.already-registered", $"User {e.Id} is registered with other details.", RejectionKind.Conflict),
        _ => throw new ArgumentOutOfRangeException(nameof(rejection), rejection.GetType().Name, "Unmapped user rejection."),
    };

    public static UserView? ToView(User state) => state is User.Registered r
        ? new UserView(r.Id.Value, r.Email.Value, r.Name.Value, r.RegisteredAt)
        : null;
}
