using System.Buffers;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>
/// A Domain value (<see cref="Domain.IValue{TValue}"/>) is written exactly like a field of the value it wraps: an
/// <c>EmailAddress</c> field has the bytes of a <c>string</c> field. Reading restores it through its own validation.
/// </summary>
internal sealed class ValueCodec<T, TValue> : IFieldCodec<T>
{
    private readonly ValueAccess<T, TValue> _access;
    private readonly ICodecProvider _codecs;
    private IFieldCodec<TValue>? _inner;

    public ValueCodec(WireShape shape, ICodecProvider codecs)
    {
        _access = new ValueAccess<T, TValue>(shape);
        _codecs = codecs;
    }

    private IFieldCodec<TValue> Inner => _inner ??= _codecs.GetCodec<TValue>();

    public void WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, T? value)
        where TBufferWriter : IBufferWriter<byte>
    {
        var expected = expectedType == typeof(T) ? typeof(TValue) : expectedType;
        Inner.WriteField(ref writer, fieldIdDelta, expected, value is null ? default! : _access.Get(value));
    }

    public T ReadValue<TInput>(ref Reader<TInput> reader, Field field) =>
        Inner.ReadValue(ref reader, field) is { } value ? _access.Restore(value) : default!;
}
