namespace Keel.Domain.Users;

/// <summary>What has happened to a user account.</summary>
public abstract record UserEvent
{
    private UserEvent() { }

    public sealed record Registered(UserId Id, Email Email, PersonName Name, DateTimeOffset RegisteredAt) : UserEvent;
}
