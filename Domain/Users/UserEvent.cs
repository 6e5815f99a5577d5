namespace Keel.Domain.Users;

/// <summary>What has happened to a user account.</summary>
public abstract record UserEvent : IEvent
{
    private UserEvent() { }

    /// <summary>
    /// The account is registered; the welcome mail carries <paramref name="Code"/>, which confirms the address (unset
    /// in registrations recorded before codes: they confirmed their address by being recorded).
    /// </summary>
    [WireName("keel.users.user-registered.v1")]
    public sealed record Registered(UserId UserId, EmailAddress Email, PersonName Name, DateTimeOffset RegisteredAt, ConfirmationCode? Code = null) : UserEvent;

    public sealed record NameChanged(UserId UserId, PersonName Name) : UserEvent;
}
