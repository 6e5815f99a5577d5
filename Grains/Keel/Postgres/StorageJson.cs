using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Keel.Grains.Interfaces.Wire;

namespace Keel.Grains.Postgres;

/// <summary>
/// How grain state looks in PostgreSQL: camelCase JSON, and events tagged with their wire name
/// (<c>"$type": "keel.users.user-registered.v1"</c>) instead of CLR type names.
/// </summary>
public static class StorageJson
{
    private static readonly JsonDerivedType[] EventTypes = [.. DomainWire.All
        .Where(shape => typeof(IEvent).IsAssignableFrom(shape.Type))
        .Select(shape => new JsonDerivedType(shape.Type, shape.Name))];

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new ValueJsonConverter());
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(TagEvents);
    }

    private static void TagEvents(JsonTypeInfo info)
    {
        if (info.Type != typeof(IEvent))
        {
            return;
        }
        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "$type",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var type in EventTypes)
        {
            info.PolymorphismOptions.DerivedTypes.Add(type);
        }
    }
}
