using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

public static class PathParameterDocumentation
{
    /// <summary>
    /// Documents a <c>{<paramref name="name"/>}</c> path parameter that the handlers read from the route values rather
    /// than bind (a realtime watch's target, a caller check), so the OpenAPI document still declares it.
    /// </summary>
    public static TBuilder DocumentsPathParameter<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            if (!operation.Parameters.Any(p => p.Name == name))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Path,
                    Required = true,
                    Description = description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
            return Task.CompletedTask;
        });
}
