using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>Server URLs without a trailing slash: paths start with one, and a URL ending in one would double it.</summary>
internal sealed class ServerUrlTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var server in document.Servers ?? [])
        {
            if (server.Url is { Length: > 1 } url && url.EndsWith('/'))
            {
                server.Url = url.TrimEnd('/');
            }
        }
        return Task.CompletedTask;
    }
}
