using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>
/// A Domain value (<see cref="Domain.IValue{TValue}"/>) in JSON is the value it wraps: <c>"ada@example.com"</c>, not
/// <c>{"value": …}</c>. Reading restores it through its own validation; an invalid value is a <see cref="JsonException"/>.
/// </summary>
public sealed class ValueJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => DomainWire.ShapeOf(typeToConvert).Kind == WireKind.Value;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = DomainWire.ShapeOf(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(typeof(Converter<,>).MakeGenericType(typeToConvert, shape.ValueType!), shape)!;
    }

    private sealed class Converter<T, TValue>(WireShape shape) : JsonConverter<T>
    {
        private readonly ValueAccess<T, TValue> _access = new(shape);

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = JsonSerializer.Deserialize<TValue>(ref reader, options);
            try
            {
                return value is null ? default : _access.Restore(value);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                throw new JsonException(ex.Message, ex);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, _access.Get(value), options);
    }
}
