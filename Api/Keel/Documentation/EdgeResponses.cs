using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Keel.Api.Documentation;

/// <summary>
/// Responses every endpoint of a group can give whatever its handler says, declared once for the group: 503 when its
/// service's silo, the cluster or the database does not answer, and 415 on each endpoint that reads a body.
/// </summary>
public static class EdgeResponses
{
    private static readonly string[] Problem = ["application/problem+json"];

    public static RouteGroupBuilder WithEdgeResponses(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Count > 0))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                    StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails), Problem));
            }
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), Problem));
        });
        return group;
    }
}
