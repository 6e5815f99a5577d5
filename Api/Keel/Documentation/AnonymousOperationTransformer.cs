using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>
/// Says which operations need no credentials: an empty security requirement on every endpoint that allows anonymous
/// callers, or that nothing authorizes (no <c>[Authorize]</c> metadata and no fallback policy). Operations that need
/// authorization are left to the transformer that documents the security scheme.
/// </summary>
internal sealed class AnonymousOperationTransformer(IOptions<AuthorizationOptions> authorization) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any()
            || (!metadata.OfType<IAuthorizeData>().Any() && authorization.Value.FallbackPolicy is null);
        if (anonymous)
        {
            operation.Security = [new OpenApiSecurityRequirement()];
        }
        return Task.CompletedTask;
    }
}
