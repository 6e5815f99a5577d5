
namespace Keel.Api.Auth;

/// <summary>Puts the authenticated caller (or <c>anonymous</c>) in the request context: the grains record it with the events.</summary>
internal static class ActorMiddleware
{
    public static IApplicationBuilder UseKeelActor(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        Actor.Set(Callers.IdOf(context.User) ?? KeelAuth.Anonymous);
        return next(context);
    });
}
