using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>
/// Declares the headers Keel's responses carry: <c>Location</c> on every 201 (the created resource) and
/// <c>Retry-After</c> on every 429 and 503 (seconds to wait).
/// </summary>
internal sealed class ResponseHeadersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse declared)
            {
                continue;
            }
            switch (status)
            {
                case "201":
                    Add(declared, "Location", "The path of the created resource.",
                        new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" });
                    break;
                case "429" or "503":
                    Add(declared, "Retry-After", "How many seconds to wait before trying again.",
                        new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" });
                    break;
            }
        }
        return Task.CompletedTask;
    }

    private static void Add(OpenApiResponse response, string name, string description, OpenApiSchema schema)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd(name, new OpenApiHeader { Description = description, Required = true, Schema = schema });
    }
}
