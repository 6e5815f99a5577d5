using Keel.Grains.Interfaces.Users;
using Keel.Domain.Users;

namespace Keel.Grains.Users;

/// <summary>Maps the user aggregate's state to what callers read.</summary>
internal static class UserContracts
{
    public static UserView? ToView(User state) => state is User.Registered r
        ? new UserView(r.Id.Value, r.Email.Value, r.Name.Value, r.RegisteredAt)
        : null;
}
