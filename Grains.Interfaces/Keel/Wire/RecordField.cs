using System.Buffers;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>Writes and reads one field of a record through the codec Orleans has for the field's declared type.</summary>
internal abstract class RecordField<TRecord>
{
    public abstract void Write<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, TRecord record)
        where TBufferWriter : IBufferWriter<byte>;

    public abstract object? Read<TInput>(ref Reader<TInput> reader, Field field);
}

/// <inheritdoc />
internal sealed class RecordField<TRecord, TField>(WireField field, ICodecProvider codecs) : RecordField<TRecord>
{
    private readonly Func<TRecord, TField> _get = field.Property.GetMethod!.CreateDelegate<Func<TRecord, TField>>();
    private IFieldCodec<TField>? _codec;

    /// <summary>Resolved on first use, so that types referring to each other do not resolve each other forever.</summary>
    private IFieldCodec<TField> Codec => _codec ??= codecs.GetCodec<TField>();

    /// <summary>As generated code does: the declared type is the expected one, so a value of exactly that type carries no type name.</summary>
    public override void Write<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, TRecord record) =>
        Codec.WriteField(ref writer, fieldIdDelta, typeof(TField), _get(record));

    public override object? Read<TInput>(ref Reader<TInput> reader, Field field) => Codec.ReadValue(ref reader, field);
}
