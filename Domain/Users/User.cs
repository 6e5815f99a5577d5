namespace Keel.Domain.Users;

/// <summary>The state of one user account.</summary>
public abstract record User : IState<User, UserEvent>
{
    private User() { }

    public static User Initial { get; } = new Unregistered();

    /// <summary>No registration has happened for this id.</summary>
    public sealed record Unregistered : User;

    /// <summary>A registered user, as the user reads it too.</summary>
    /// <param name="UserId">The user's id.</param>
    /// <param name="Email">The normalized e-mail address.</param>
    /// <param name="Name">The display name.</param>
    /// <param name="RegisteredAt">When the registration was accepted (UTC).</param>
    [WireName("keel.users.user-view.v1")]
    public sealed record Registered(UserId UserId, EmailAddress Email, PersonName Name, DateTimeOffset RegisteredAt) : User;

    public static User Evolve(User state, UserEvent @event) => @event switch
    {
        UserEvent.Registered e => new Registered(e.UserId, e.Email, e.Name, e.RegisteredAt),
        UserEvent.NameChanged e when state is Registered r => r with { Name = e.Name },
        _ => state,
    };
}
