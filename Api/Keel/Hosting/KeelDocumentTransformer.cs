using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Hosting;

/// <summary>Describes the API as a whole in the OpenAPI document.</summary>
internal sealed class KeelDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Keel";
        document.Info.Description =
            "Services of commands and subscriptions on Orleans. Errors are RFC 9457 problem details with a stable `code`.";
        return Task.CompletedTask;
    }
}
