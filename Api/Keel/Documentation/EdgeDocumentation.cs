using Microsoft.AspNetCore.OpenApi;

namespace Keel.Api.Documentation;

/// <summary>What the HTTP edge does for every operation, written into the OpenAPI document from endpoint metadata.</summary>
public static class EdgeDocumentation
{
    public static OpenApiOptions AddKeelEdgeDocumentation(this OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = DomainSchemas.ReferenceIdOf;
        options.AddSchemaTransformer<DomainSchemas>();
        options.AddSchemaTransformer<EnumSchemas>();
        options.AddDocumentTransformer<ServerUrlTransformer>();
        options.AddOperationTransformer<ResponseHeadersTransformer>();
        options.AddOperationTransformer<IdempotencyKeyTransformer>();
        options.AddOperationTransformer<AnonymousOperationTransformer>();
        return options;
    }
}
