using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>
/// An enum's schema lists its names, the only values the Api reads (<see cref="Http.StrictEnumConverter"/>); the schema
/// generator lists them only for its own enum converter.
/// </summary>
internal sealed class EnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type is { IsEnum: true } type && schema.Enum is not { Count: > 0 })
        {
            schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
        }
        return Task.CompletedTask;
    }
}
