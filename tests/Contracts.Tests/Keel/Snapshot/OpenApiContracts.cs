using System.Text.Json;

namespace Keel.Contracts.Tests.Snapshot;

/// <summary>
/// What the OpenAPI document promises HTTP clients: every operation (method and route, its id, parameters, body,
/// responses and security) and every schema (its properties, their types and whether they are required).
/// </summary>
public static class OpenApiContracts
{
    public static IEnumerable<ContractEntry> Read(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Name != "parameters"))
            {
                yield return Operation(path.Name, operation.Name, operation.Value);
            }
        }
        if (document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var schemas))
        {
            foreach (var schema in schemas.EnumerateObject())
            {
                yield return Schema(schema.Name, schema.Value);
            }
        }
    }

    private static ContractEntry Operation(string path, string method, JsonElement operation)
    {
        var members = new List<ContractMember>();
        if (operation.TryGetProperty("operationId", out var id))
        {
            members.Add(new("operationId", id.GetString()!));
        }
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray())
            {
                var required = parameter.TryGetProperty("required", out var r) && r.GetBoolean();
                var type = parameter.TryGetProperty("schema", out var schema) ? TypeOf(schema) : "any";
                members.Add(new($"parameter {parameter.GetProperty("in").GetString()} {parameter.GetProperty("name").GetString()}",
                    $"{type} {(required ? "required" : "optional")}"));
            }
        }
        if (operation.TryGetProperty("requestBody", out var body))
        {
            var required = body.TryGetProperty("required", out var r) && r.GetBoolean();
            members.Add(new("request", $"{Content(body)} {(required ? "required" : "optional")}"));
        }
        foreach (var response in operation.GetProperty("responses").EnumerateObject())
        {
            members.Add(new($"response {response.Name}", Content(response.Value)));
            if (response.Value.TryGetProperty("headers", out var headers))
            {
                foreach (var header in headers.EnumerateObject())
                {
                    members.Add(new($"response {response.Name} header {header.Name}", "yes"));
                }
            }
        }
        var security = operation.TryGetProperty("security", out var requirements) && requirements.GetArrayLength() > 0
            ? string.Join(", ", requirements.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).Order(StringComparer.Ordinal))
            : "none";
        members.Add(new("security", security.Length == 0 ? "none" : security));
        return new ContractEntry("http", $"{method.ToUpperInvariant()} {path}", members);
    }

    private static ContractEntry Schema(string name, JsonElement schema)
    {
        var members = new List<ContractMember> { new("type", TypeOf(schema, inline: true)) };
        var required = schema.TryGetProperty("required", out var list)
            ? list.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                members.Add(new($"property {property.Name}", $"{TypeOf(property.Value)} {(required.Contains(property.Name) ? "required" : "optional")}"));
            }
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            members.AddRange(values.EnumerateArray().Select(v => new ContractMember($"enum {v}", "yes")));
        }
        return new ContractEntry("schema", name, members);
    }

    /// <summary>The media types and the schema of a body or response.</summary>
    private static string Content(JsonElement holder)
    {
        if (!holder.TryGetProperty("content", out var content))
        {
            return "no body";
        }
        return string.Join(" | ", content.EnumerateObject().Select(media =>
            media.Value.TryGetProperty("schema", out var schema) ? $"{media.Name} {TypeOf(schema)}" : media.Name));
    }

    /// <summary>A schema as one word: <c>#Name</c> for a reference, <c>array&lt;…&gt;</c>, <c>string(uuid)</c>, unions with |.</summary>
    private static string TypeOf(JsonElement schema, bool inline = false)
    {
        if (!inline && schema.TryGetProperty("$ref", out var reference))
        {
            return "#" + reference.GetString()!.Split('/')[^1];
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var parts))
            {
                return string.Join("|", parts.EnumerateArray().Select(p => TypeOf(p)));
            }
        }
        var types = !schema.TryGetProperty("type", out var type) ? ["any"]
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray()
            : [type.GetString()!];
        var format = schema.TryGetProperty("format", out var f) ? $"({f.GetString()})" : "";
        return string.Join("|", types.Select(t => t switch
        {
            "array" => $"array<{(schema.TryGetProperty("items", out var items) ? TypeOf(items) : "any")}>",
            "object" when schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object => $"map<{TypeOf(values)}>",
            "null" => "null",
            _ => t + format,
        }));
    }
}
