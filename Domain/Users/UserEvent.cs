namespace Keel.Domain.Users;

/// <summary>What has happened to a user account.</summary>
public abstract record UserEvent
{
    private UserEvent() { }

    public sealed record Registered(UserId Id, EmailAddress Email, PersonName Name, DateTimeOffset RegisteredAt) : UserEvent;
}
