using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keel.Api.Http;

/// <summary>
/// Enums in request bodies are their documented names, exactly: <c>"OnlineOnly"</c>. A number (<c>1</c>), a numeric string
/// (<c>"1"</c>), another case (<c>"onlineonly"</c>), padding or a comma list of names is refused, where
/// <see cref="JsonStringEnumConverter"/> accepts all of them. Writing is that converter's: the name.
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _names = new(namingPolicy: null, allowIntegerValues: false);

    /// <summary>What a refused value's <see cref="JsonException"/> says, so the problem names the field and its names.</summary>
    public const string NotAName = "is not one of";

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(Strict<>).MakeGenericType(typeToConvert), _names.CreateConverter(typeToConvert, options))!;

    private sealed class Strict<TEnum>(JsonConverter<TEnum> names) : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<string, TEnum> Values =
            Enum.GetValues<TEnum>().ToFrozenDictionary(value => value.ToString(), StringComparer.Ordinal);

        private static readonly string Names = string.Join(", ", Values.Keys.Order(StringComparer.Ordinal));

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && Values.TryGetValue(name, out var value)
                ? value
                : throw new JsonException($"{NotAName} {Names}");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => names.Write(writer, value, options);
    }
}
