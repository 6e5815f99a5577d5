using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keel.Api.Hosting;

/// <summary>
/// Documents authentication as the server enforces it: the bearer scheme, and on every operation that needs a caller
/// its security requirement and its 401 (and 403) problem responses. Public operations stay without.
/// </summary>
internal sealed class SecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Scheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT whose `sub` is the caller's id (a user's id) and whose `role` claims hold `admin` for operators. "
                + "Locally: `dotnet run -v q --project Api -- token --user <id> [--role admin]`.",
        };
        return Task.CompletedTask;
    }

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var rules = metadata.OfType<IAuthorizeData>().ToArray();
        if (rules.Length == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }];
        operation.Responses ??= [];
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses.TryAdd("401", Problem("No valid bearer token.", problem));
        if (rules.Any(r => r.Policy == KeelAuth.AdminPolicy) || operation.Responses.ContainsKey("403"))
        {
            operation.Responses["403"] = Problem("The caller may not do this (another user's data, or the admin role is needed).", problem);
        }
    }

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
    };
}
