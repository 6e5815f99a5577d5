
namespace Keel.Grains.Messaging;

/// <summary>Turns a decision into the reply a caller gets: the value, or the rejection with its derived code.</summary>
internal static class DecisionResults
{
    public static CommandResult<T> ToResult<TEvent, TRejection, T>(this Decision<TEvent, TRejection> decision, Func<T> value)
        where TRejection : IRejection =>
        decision switch
        {
            Decision<TEvent, TRejection>.Rejected r => CommandResult<T>.Reject(r.Reason),
            _ => CommandResult<T>.Accept(value()),
        };
}
