
namespace Keel.Api.Auth;

/// <summary>
/// Puts the authenticated caller (or <c>anonymous</c>) of a command in the request context: the grains record it with
/// the events. A read (GET, HEAD, OPTIONS) records nothing and carries none — a realtime stream is a read that lasts
/// for hours, and whatever the request context holds lives as long as it.
/// </summary>
internal static class ActorMiddleware
{
    public static IApplicationBuilder UseKeelActor(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var method = context.Request.Method;
        if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)))
        {
            Actor.Set(Callers.IdOf(context.User) ?? KeelAuth.Anonymous);
        }
        return next(context);
    });
}
