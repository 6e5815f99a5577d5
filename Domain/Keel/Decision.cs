namespace Keel.Domain;

/// <summary>
/// The outcome of a decider: the events to record (empty for an idempotent no-op) or a rejection.
/// </summary>
public abstract record Decision<TEvent, TRejection>
{
    private Decision() { }

    /// <summary>The command is accepted; <paramref name="Events"/> may be empty when nothing changes.</summary>
    public sealed record Accepted(IReadOnlyList<TEvent> Events) : Decision<TEvent, TRejection>;

    /// <summary>The command is refused for a business reason.</summary>
    public sealed record Rejected(TRejection Reason) : Decision<TEvent, TRejection>;

    /// <summary>An accepted command that changes nothing.</summary>
    public static Decision<TEvent, TRejection> Nothing { get; } = new Accepted([]);

    public static Decision<TEvent, TRejection> Emit(params TEvent[] events) => new Accepted(events);

    public static Decision<TEvent, TRejection> Reject(TRejection reason) => new Rejected(reason);
}
