using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Keel.Grains.Interfaces.Wire;

namespace Keel.Api.Input;

/// <summary>
/// Parses input once, at the edge, into Domain values: a request body property of a Domain value type (an
/// <c>EmailAddress</c>, a <c>PersonName</c>) is read through the value's own validation. An invalid value is recorded
/// under its JSON name (<see cref="InputErrors"/>) and left empty, so that the request is answered with every invalid
/// field at once.
/// </summary>
internal static class InputValues
{
    public static void Parse(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (DomainWire.ShapeOf(property.PropertyType) is { Kind: WireKind.Value } shape)
            {
                property.CustomConverter = (JsonConverter)Activator.CreateInstance(
                    typeof(Converter<,>).MakeGenericType(property.PropertyType, shape.ValueType!), shape, property.Name)!;
            }
        }
    }

    /// <summary>What restoring <paramref name="type"/> from nothing says, for a required value that was not sent.</summary>
    public static string MissingMessage(Type type, string field)
    {
        var shape = DomainWire.ShapeOf(type);
        try
        {
            _ = shape.Restore switch
            {
                MethodInfo factory => factory.Invoke(null, [null]),
                ConstructorInfo constructor => constructor.Invoke([null]),
                _ => null,
            };
        }
        catch (TargetInvocationException ex) when (ex.InnerException is FormatException or ArgumentException)
        {
            return ex.InnerException.Message;
        }
        return $"'{field}' is required.";
    }

    private sealed class Converter<T, TValue>(WireShape shape, string field) : JsonConverter<T>
    {
        private readonly ValueAccess<T, TValue> _access = new(shape);

        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
                InputErrors.Add(field, $"'{field}' has the wrong JSON type.");
                return default;
            }
            TValue? value;
            try
            {
                value = reader.TokenType == JsonTokenType.Null ? default : JsonSerializer.Deserialize<TValue>(ref reader, options);
            }
            catch (JsonException json)
            {
                InputErrors.Add(field, JsonMessages.For(field, json));
                return default;
            }
            try
            {
                return _access.Restore(value!);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or NullReferenceException)
            {
                InputErrors.Add(field, ex is NullReferenceException ? $"'{field}' is required." : ex.Message);
                return default;
            }
        }

        /// <summary>An optional value that is absent (a finished match has no player on turn) is written as null.</summary>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }
            JsonSerializer.Serialize(writer, _access.Get(value), options);
        }
    }
}
