using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>
/// One server, <c>/</c>: the document's own origin, whatever address it was fetched from. Nothing of the request (its
/// <c>Host</c> header) goes into the document, which is built once and served to everyone (<see cref="CachedDocument"/>).
/// </summary>
internal sealed class ServerUrlTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [new OpenApiServer { Url = "/" }];
        return Task.CompletedTask;
    }
}
