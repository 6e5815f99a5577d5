using System.Buffers;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>
/// A Domain record, written the way Orleans' generator writes a <c>[GenerateSerializer]</c> record with an
/// <c>[Id(n)]</c> on each positional parameter: a tag-delimited object, one end-of-base marker, the fields in id order.
/// The bytes are those of the contract records the log was written with, so the log reads as it is. Reading skips
/// fields it does not know and fills the ones the payload lacks with their defaults.
/// </summary>
internal sealed class RecordCodec<T> : IFieldCodec<T>
    where T : class
{
    private readonly WireShape _shape;
    private readonly RecordField<T>[] _fields;
    private readonly object?[] _defaults;

    public RecordCodec(WireShape shape, ICodecProvider codecs)
    {
        _shape = shape;
        _fields = [.. shape.Fields.Select(f => (RecordField<T>)Activator.CreateInstance(
            typeof(RecordField<,>).MakeGenericType(typeof(T), f.Type), f, codecs)!)];
        _defaults = [.. shape.Fields.Select(f => shape.DefaultOf(f.Id))];
    }

    public void WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, T? value)
        where TBufferWriter : IBufferWriter<byte>
    {
        if (ReferenceCodec.TryWriteReferenceField(ref writer, fieldIdDelta, expectedType, value))
        {
            return; // null, or written before in this message
        }
        writer.WriteStartObject(fieldIdDelta, expectedType, typeof(T));
        writer.WriteEndBase();
        for (var i = 0; i < _fields.Length; i++)
        {
            _fields[i].Write(ref writer, i == 0 ? 0u : 1u, value);
        }
        writer.WriteEndObject();
    }

    public T ReadValue<TInput>(ref Reader<TInput> reader, Field field)
    {
        if (field.IsReference)
        {
            return ReferenceCodec.ReadReference<T, TInput>(ref reader, field)!;
        }
        field.EnsureWireTypeTagDelimited();
        // Generated code records the object before its fields; this one exists only after them: keep its place.
        var placeholder = ReferenceCodec.CreateRecordPlaceholder(reader.Session);
        var values = (object?[])_defaults.Clone();
        Field header = default;
        uint id = 0;
        while (true)
        {
            reader.ReadFieldHeader(ref header);
            if (header.IsEndObject)
            {
                break;
            }
            if (header.IsEndBaseFields)
            {
                id = 0; // the fields that follow belong to the next level; ours come after the last marker
                continue;
            }
            id += header.FieldIdDelta;
            if (id < (uint)_fields.Length)
            {
                values[id] = _fields[id].Read(ref reader, header);
            }
            else
            {
                reader.ConsumeUnknownField(ref header);
            }
        }
        var result = (T)_shape.Create!(values);
        ReferenceCodec.RecordObject(reader.Session, result, placeholder);
        return result;
    }
}
