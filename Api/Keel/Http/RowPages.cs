using Keel.Grains.Projections;

namespace Keel.Api.Http;

/// <summary>
/// A query's page of a projection's rows, read directly from the read model: the limit checked, the cursor checked,
/// and the next page linked as <c>Link: rel="next"</c> besides the body's cursor.
/// </summary>
public static class RowPages
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 20;

    public static async Task<Results<Ok<TPage>, ProblemHttpResult>> ListAsync<TRow, TPage>(
        IReadModels models, string projection, HttpContext http, int? limit, string? after, Func<RowPage<TRow>, TPage> page,
        CancellationToken cancellationToken)
        where TRow : class
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.Invalid("limit", $"A page holds 1 to {MaxLimit} rows.");
        }
        RowPage<TRow> rows;
        try
        {
            rows = await models.ListAsync<TRow>(projection, limit ?? DefaultLimit, after, cancellationToken);
        }
        catch (FormatException exception)
        {
            return Problems.Invalid("after", exception.Message);
        }
        if (rows.Next is { } next)
        {
            var request = http.Request;
            var query = QueryString.Create(request.Query
                .Where(p => !string.Equals(p.Key, "after", StringComparison.OrdinalIgnoreCase))
                .Append(new("after", next)));
            http.Response.Headers.Link = $"<{request.PathBase}{request.Path}{query}>; rel=\"next\"";
        }
        return TypedResults.Ok(page(rows));
    }
}
