namespace Keel.Domain.Users;

/// <summary>Who owns one normalized e-mail address. Keeps addresses unique across all users.</summary>
public abstract record EmailOwnership : IState<EmailOwnership, EmailOwnershipEvent>
{
    private EmailOwnership() { }

    public static EmailOwnership Initial { get; } = new Free();

    public sealed record Free : EmailOwnership;

    public sealed record Owned(UserId Owner) : EmailOwnership;

    public static EmailOwnership Evolve(EmailOwnership state, EmailOwnershipEvent @event) => @event switch
    {
        EmailOwnershipEvent.Claimed e => new Owned(e.Owner),
        _ => state,
    };
}
