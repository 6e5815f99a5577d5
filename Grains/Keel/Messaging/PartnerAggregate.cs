namespace Keel.Grains.Messaging;

/// <summary>
/// Another aggregate a command also decides on, committed in the same append as the deciding aggregate's own events
/// (both or neither): its stream is its grain's id, and its events are delivered on <paramref name="Namespace"/> (null
/// keeps them private). Its grain reads what others wrote before it decides (<c>WrittenByOthers</c>).
/// </summary>
public sealed record PartnerAggregate<TDecider, TState, TCommand, TEvent, TRejection>(GrainId Id, string? Namespace = null)
    where TDecider : IDecider<TCommand, TState, TEvent, TRejection>
    where TState : IState<TState, TEvent>
    where TCommand : notnull
    where TEvent : IEvent
    where TRejection : notnull
{
    public PartnerAggregate(IAddressable grain, string? @namespace = null) : this(grain.GetGrainId(), @namespace) { }

    /// <summary>Its stream in the log.</summary>
    public string Stream => Id.ToString();

    /// <summary>Its id as its events carry it.</summary>
    public string Key => Id.Key.ToString()!;
}
