namespace Keel.Api.Auth;

/// <summary>
/// Marks an endpoint a browser opens without being able to set headers (Server-Sent Events, a WebSocket): its bearer
/// token may come as <c>?access_token=</c>. Everywhere else only the <c>Authorization</c> header counts.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AcceptsTokenInQueryAttribute : Attribute
{
    public const string QueryKey = "access_token";
}

public static class QueryTokenExtensions
{
    public static TBuilder AcceptsTokenInQuery<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AcceptsTokenInQueryAttribute());
}
