using System.Text.Json;

namespace Keel.Testing.Fuzz;

/// <summary>
/// What every answer must be: never 5xx; every 4xx an RFC 9457 body (<c>application/problem+json</c>) with a string
/// <c>code</c>, a string <c>traceId</c> and a <c>status</c> equal to the HTTP status. The one exception is a request
/// the server's connection layer refuses before Keel sees it (<see cref="FuzzRun.ConnectionRejection"/>), answered
/// with a bare 4xx.
/// </summary>
public static class FuzzVerdict
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Null when the response is acceptable; otherwise what is wrong with it.</summary>
    public static string? Check(FuzzResponse response)
    {
        if (response.Status >= 500)
        {
            return $"answered {response.Status}";
        }
        if (response.Status < 400)
        {
            return null;
        }
        if (!string.Equals(response.MediaType, ProblemJson, StringComparison.OrdinalIgnoreCase))
        {
            return $"answered {response.Status} as '{response.MediaType}', not {ProblemJson}";
        }
        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(response.Body).RootElement;
        }
        catch (JsonException e)
        {
            return $"answered {response.Status} with a body that is not JSON: {e.Message}";
        }
        if (problem.ValueKind != JsonValueKind.Object)
        {
            return $"answered {response.Status} with a JSON {problem.ValueKind}, not an object";
        }
        foreach (var member in new[] { "code", "traceId" })
        {
            if (!problem.TryGetProperty(member, out var value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
            {
                return $"answered {response.Status} with a problem without a string '{member}'";
            }
        }
        if (!problem.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Number || status.GetInt32() != response.Status)
        {
            return $"answered {response.Status} with a problem whose 'status' is not {response.Status}";
        }
        return null;
    }
}
