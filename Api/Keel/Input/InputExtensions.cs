using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;

namespace Keel.Api.Input;

/// <summary>Input parsed once, at the edge, into Domain values (see <see cref="InputValues"/>).</summary>
internal static class InputExtensions
{
    public static void ParseDomainValues(this JsonOptions options) =>
        options.SerializerOptions.TypeInfoResolver =
            (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(InputValues.Parse);

    /// <summary>Collects the invalid fields of each request while it binds.</summary>
    public static IApplicationBuilder UseKeelInput(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        InputErrors.Begin();
        return next(context);
    });

    public static TBuilder ParsesInput<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, InputFilter>();
}
