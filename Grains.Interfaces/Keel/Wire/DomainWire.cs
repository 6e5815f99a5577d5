using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>Registers Domain's values with Orleans' serializer (silos and clients alike) and says how each travels.</summary>
public static class DomainWire
{
    private static readonly ConcurrentDictionary<Type, WireShape> Shapes = new();

    /// <summary>Every Domain type that can travel, by the name it travels under.</summary>
    public static IReadOnlyList<WireShape> All { get; } = [.. typeof(Domain.IValue<>).Assembly.GetTypes()
        .Select(ShapeOf).Where(s => s.Kind != WireKind.None).OrderBy(s => s.Name, StringComparer.Ordinal)];

    public static WireShape ShapeOf(Type type) => Shapes.GetOrAdd(type, WireShape.Of);

    public static ISerializerBuilder AddKeelDomain(this ISerializerBuilder builder)
    {
        builder.Services.AddSingleton<DomainCodecs>();
        builder.Services.AddSingleton<ISpecializableCodec>(sp => sp.GetRequiredService<DomainCodecs>());
        builder.Services.AddSingleton<IGeneralizedCopier>(sp => sp.GetRequiredService<DomainCodecs>());
        builder.Services.AddSingleton<ITypeFilter>(sp => sp.GetRequiredService<DomainCodecs>());
        builder.Configure(manifest =>
        {
            foreach (var shape in All)
            {
                if (manifest.WellKnownTypeAliases.TryGetValue(shape.Name, out var other) && other != shape.Type)
                {
                    throw new InvalidOperationException($"{shape.Type.FullName} and {other.FullName} would both travel as '{shape.Name}': pin one with [WireName].");
                }
                manifest.WellKnownTypeAliases[shape.Name] = shape.Type;
                if (shape.Kind == WireKind.Enum)
                {
                    // Orleans writes an enum it has no codec for as its bare number; this codec names it, as a generated one would.
                    manifest.FieldCodecs.Add(typeof(EnumCodec<>).MakeGenericType(shape.Type));
                }
            }
        });
        return builder;
    }
}
