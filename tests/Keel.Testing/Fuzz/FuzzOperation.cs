using System.Text.Json;

namespace Keel.Testing.Fuzz;

/// <summary>One operation of the OpenAPI document, as the fuzzer needs it: where it is and what it reads.</summary>
public sealed record FuzzOperation(
    string Method,
    string PathTemplate,
    string Name,
    IReadOnlyList<FuzzParameter> PathParameters,
    IReadOnlyList<FuzzParameter> QueryParameters,
    JsonElement? BodySchema,
    JsonElement Document,
    bool Streams = false,
    bool Protected = false)
{
    /// <summary>Every operation under <c>paths</c>, with <c>$ref</c>s left for <see cref="Resolve"/>.</summary>
    public static IReadOnlyList<FuzzOperation> ReadAll(JsonElement document)
    {
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => Resolve(document, p)).ToArray()
                    : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && Resolve(document, requestBody).GetProperty("content").TryGetProperty("application/json", out var json)
                        ? json.GetProperty("schema")
                        : null;
                var name = operation.Value.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{operation.Name} {path.Name}";
                // A stream (Server-Sent Events, a WebSocket upgrade) answers with a body that never ends.
                var responses = operation.Value.GetProperty("responses");
                var streams = responses.TryGetProperty("101", out _)
                    || (responses.TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var content)
                        && content.TryGetProperty("text/event-stream", out _));
                // Protected: a security requirement that names a scheme (public operations have an empty one).
                var isProtected = operation.Value.TryGetProperty("security", out var security)
                    && security.EnumerateArray().Any(requirement => requirement.EnumerateObject().Any());
                operations.Add(new FuzzOperation(
                    operation.Name.ToUpperInvariant(), path.Name, name,
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(FuzzParameter.From)],
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(FuzzParameter.From)],
                    body, document, streams, isProtected));
            }
        }
        return operations;
    }

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/...</c>) until it reaches a definition.</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
        {
            element = reference.GetString()!.TrimStart('#', '/').Split('/')
                .Aggregate(document, (node, segment) => node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)));
        }
        return element;
    }

    public override string ToString() => $"{Name} ({Method} {PathTemplate})";
}

/// <summary>A path or query parameter: its name, whether it is required, and its schema.</summary>
public sealed record FuzzParameter(string Name, bool Required, JsonElement Schema)
{
    public static FuzzParameter From(JsonElement parameter) => new(
        parameter.GetProperty("name").GetString()!,
        parameter.TryGetProperty("required", out var required) && required.GetBoolean(),
        parameter.TryGetProperty("schema", out var schema) ? schema : default);
}
