using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>Declares the optional <c>Idempotency-Key</c> request header on every POST operation.</summary>
internal sealed class IdempotencyKeyTransformer : IOpenApiOperationTransformer
{
    public const string Header = "Idempotency-Key";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(context.Description.HttpMethod ?? "")
            || operation.Parameters?.Any(p => p.In == ParameterLocation.Header && Header.Equals(p.Name, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return Task.CompletedTask;
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A key of the client's choosing (1 to 255 printable ASCII characters): a request repeated with the same key is not carried out twice.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255, Pattern = "^[\\x21-\\x7E]+$" },
        });
        return Task.CompletedTask;
    }
}
