namespace Keel.Grains.Interfaces.Users;

/// <summary>The Users service: its name is also the stream namespace its events are delivered on.</summary>
public static class UsersService
{
    public const string Name = "users";
}
