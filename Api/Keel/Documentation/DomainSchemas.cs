using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Keel.Grains.Interfaces.Wire;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>
/// Domain types in the OpenAPI document as clients see them on the wire: a Domain value (an address, an id) is the plain
/// string or number it wraps, inline; a type with a <see cref="SchemaNameAttribute"/> keeps the schema name clients know.
/// </summary>
internal sealed class DomainSchemas : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, string> Names = typeof(SchemaNameAttribute).Assembly
        .GetCustomAttributes<SchemaNameAttribute>().ToDictionary(a => a.Type, a => a.Name);

    public static string? ReferenceIdOf(JsonTypeInfo type) =>
        DomainWire.ShapeOf(type.Type).Kind == WireKind.Value ? null
            : Names.TryGetValue(type.Type, out var name) ? name
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var shape = DomainWire.ShapeOf(context.JsonTypeInfo.Type);
        if (shape.Kind == WireKind.Value)
        {
            (schema.Type, schema.Format) = shape.ValueType switch
            {
                { } t when t == typeof(Guid) => (JsonSchemaType.String, "uuid"),
                { } t when t == typeof(int) || t == typeof(long) => (JsonSchemaType.Integer, t == typeof(int) ? "int32" : "int64"),
                _ => (JsonSchemaType.String, null),
            };
            schema.Properties?.Clear();
            schema.Required?.Clear();
        }
        return Task.CompletedTask;
    }
}
