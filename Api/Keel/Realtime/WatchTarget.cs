
namespace Keel.Api.Realtime;

/// <summary>What a watch request follows: the key of the aggregate it starts from, or the problem that refuses it.</summary>
public sealed record WatchTarget(string? Key, ProblemHttpResult? Problem = null)
{
    public static WatchTarget Of(string key) => new(key);

    public static WatchTarget Refused(ProblemHttpResult problem) => new(null, problem);
}

/// <summary>How a service's watch appears in the API: operation names and words for its two endpoints.</summary>
/// <param name="EventsName">The operation name of <c>GET …/events</c> (Server-Sent Events).</param>
/// <param name="SocketName">The operation name of <c>GET …/socket</c> (WebSocket).</param>
/// <param name="Summary">What is followed, for both summaries (for example "the player's room").</param>
/// <param name="Description">What the messages mean; the message names and the resume rules are added.</param>
public sealed record WatchRoutes(string EventsName, string SocketName, string Summary, string Description);
