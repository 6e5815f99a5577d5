using System.Text.Json;

namespace Keel.Api.Http;

/// <summary>What a request body's JSON error says about the field it happened in.</summary>
internal static class JsonMessages
{
    public static string For(string field, JsonException json) => json.Message switch
    {
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) =>
            $"'{field}' is not a known property (property names are case-sensitive).",
        var m when m.StartsWith("Duplicate property", StringComparison.Ordinal) => $"'{field}' appears more than once.",
        _ when json.InnerException?.Message.Contains("UTF-8", StringComparison.Ordinal) == true => $"'{field}' is not valid UTF-8.",
        _ when json.InnerException?.Message.Contains("UTF-16", StringComparison.Ordinal) == true =>
            $"'{field}' has an escape that is not a character (a lone surrogate).",
        var m when m.StartsWith(StrictEnumConverter.NotAName, StringComparison.Ordinal) => $"'{field}' {m}.",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => $"'{field}' has the wrong JSON type.",
        _ => $"The body is not valid JSON (line {json.LineNumber + 1}, position {json.BytePositionInLine}).",
    };
}
