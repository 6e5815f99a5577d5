namespace Keel.Domain.Users;

/// <summary>The state of one user account.</summary>
public abstract record User : IState<User, UserEvent>
{
    private User() { }

    public static User Initial { get; } = new Unregistered();

    /// <summary>No registration has happened for this id.</summary>
    public sealed record Unregistered : User;

    /// <summary>A registered user.</summary>
    public sealed record Registered(UserId Id, EmailAddress Email, PersonName Name, DateTimeOffset RegisteredAt) : User;

    public static User Evolve(User state, UserEvent @event) => @event switch
    {
        UserEvent.Registered e => new Registered(e.UserId, e.Email, e.Name, e.RegisteredAt),
        UserEvent.NameChanged e when state is Registered r => r with { Name = e.Name },
        _ => state,
    };
}
