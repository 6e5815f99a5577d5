using Keel.Grains.Interfaces;
using Keel.Domain;

namespace Keel.Grains.Messaging;

/// <summary>Turns a decision into the reply a caller gets.</summary>
internal static class DecisionResults
{
    public static CommandResult<T> ToResult<TEvent, TRejection, T>(
        this Decision<TEvent, TRejection> decision, Func<TRejection, Rejection> toRejection, Func<T> value) =>
        decision switch
        {
            Decision<TEvent, TRejection>.Rejected r => CommandResult<T>.Reject(toRejection(r.Reason)),
            _ => CommandResult<T>.Accept(value()),
        };
}
