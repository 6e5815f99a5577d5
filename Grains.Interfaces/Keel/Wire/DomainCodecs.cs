using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>
/// Puts Domain's values on the Orleans wire without mirrored contract records and without Orleans in Domain: one codec
/// per Domain type, derived from its shape (<see cref="WireShape"/>). Values are immutable, so a copy is the value itself.
/// </summary>
internal sealed class DomainCodecs(IServiceProvider services) : ISpecializableCodec, IGeneralizedCopier, IOptionalDeepCopier, ITypeFilter
{
    private readonly ConcurrentDictionary<Type, IFieldCodec> _codecs = new();

    public bool IsSupportedType(Type type) => DomainWire.ShapeOf(type).Kind is WireKind.Record or WireKind.Value;

    public IFieldCodec GetSpecializedCodec(Type type) => _codecs.GetOrAdd(type, t =>
    {
        var shape = DomainWire.ShapeOf(t);
        var codec = shape.Kind switch
        {
            WireKind.Record => typeof(RecordCodec<>).MakeGenericType(t),
            WireKind.Value => typeof(ValueCodec<,>).MakeGenericType(t, shape.ValueType!),
            _ => throw new NotSupportedException($"{t} does not travel."),
        };
        return (IFieldCodec)Activator.CreateInstance(codec, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null,
            [shape, services.GetRequiredService<ICodecProvider>()], null)!;
    });

    public object? DeepCopy(object? input, CopyContext context) => input;

    public bool IsShallowCopyable() => true;

    public bool? IsTypeAllowed(Type type) => DomainWire.ShapeOf(type).Kind == WireKind.None ? null : true;
}
