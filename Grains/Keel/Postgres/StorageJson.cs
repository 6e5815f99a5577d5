using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Keel.Grains.Interfaces;

namespace Keel.Grains.Postgres;

/// <summary>
/// How grain state looks in PostgreSQL: camelCase JSON, and events tagged with their contract alias
/// (<c>"$type": "keel.users.user-registered.v1"</c>) instead of CLR type names.
/// </summary>
public static class StorageJson
{
    private static readonly JsonDerivedType[] EventTypes = [.. typeof(IEvent).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IEvent).IsAssignableFrom(type))
        .Select(type => new JsonDerivedType(type, type.GetCustomAttribute<AliasAttribute>()?.Alias
            ?? throw new InvalidOperationException($"Event contract {type.Name} needs an [Alias].")))];

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
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
