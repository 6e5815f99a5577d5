namespace Keel.Domain.Users;

/// <summary>What has happened to a user account.</summary>
public abstract record UserEvent : IEvent
{
    private UserEvent() { }

    [WireName("keel.users.user-registered.v1")]
    public sealed record Registered(UserId UserId, EmailAddress Email, PersonName Name, DateTimeOffset RegisteredAt) : UserEvent;

    public sealed record NameChanged(UserId UserId, PersonName Name) : UserEvent;
}
