
namespace Keel.Api.Auth;

/// <summary>Routes whose id is the caller's own: the token's <c>sub</c> must be exactly the route value (admins act for anyone).</summary>
public static class CallerRoutes
{
    public static TBuilder ForTheCaller<TBuilder>(this TBuilder builder, string routeValue, string refusal)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            return http.User.IsAdmin() || string.Equals(Callers.IdOf(http.User), http.GetRouteValue(routeValue) as string, StringComparison.Ordinal)
                ? await next(context)
                : Problems.Forbidden(refusal);
        }).ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Routes for a kind of caller (players, say): the token's <c>sub</c> must be one <paramref name="isOne"/> accepts (admins pass).</summary>
    public static TBuilder ForCallersWhoAre<TBuilder>(this TBuilder builder, Func<string, bool> isOne, string refusal)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var caller = context.HttpContext.User;
            return caller.IsAdmin() || (Callers.IdOf(caller) is { } id && isOne(id)) ? await next(context) : Problems.Forbidden(refusal);
        }).ProducesProblem(StatusCodes.Status403Forbidden);
}
