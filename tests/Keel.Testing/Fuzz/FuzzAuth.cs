namespace Keel.Testing.Fuzz;

/// <summary>
/// Credentials for the share of fuzz requests the run authorizes: mostly an admin's token or an ordinary caller's (so
/// both the admin paths and the 403s are reached), and some validly signed tokens that must get nowhere — with wrong
/// claims (no <c>sub</c>, a 100-year <c>exp</c>, an <c>exp</c> in the past, an <c>nbf</c> ahead, the wrong <c>typ</c> or
/// algorithm, ...: <see cref="WrongTokens.Refused"/>) or of callers with an odd <c>sub</c> that is no user and no player
/// (<see cref="WrongTokens.OddSubjects"/>). The other requests carry no token or the generator's garbage.
/// </summary>
public static class FuzzAuth
{
    private const string FuzzUser = "0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f";

    private static readonly string UserToken = TestAuth.TokenFor(FuzzUser);

    private static readonly IReadOnlyList<(string Defect, string Token)> Refused = WrongTokens.Refused(FuzzUser);

    private static readonly Dictionary<string, string> Defects = Refused.ToDictionary(t => t.Token, t => t.Defect, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> OddSubjects =
        WrongTokens.OddSubjects.ToDictionary(t => t.Token, t => t.Subject, StringComparer.Ordinal);

    public static Task<FuzzRequest> AuthorizeAsync(FuzzRequest request)
    {
        var pick = (request.Target.Length * 7) + request.Method.Length;
        var token = (pick % 8) switch
        {
            0 or 1 => UserToken,
            6 => Refused[pick % Refused.Count].Token,
            7 => WrongTokens.OddSubjects[pick % WrongTokens.OddSubjects.Count].Token,
            _ => TestAuth.AdminToken,
        };
        return Task.FromResult(request.WithHeader("Authorization", $"Bearer {token}"));
    }

    /// <summary>
    /// A token with wrong claims is refused (401) wherever it is sent, public operations included; an odd caller gets no
    /// 2xx from a protected operation. Null when the answer keeps to that.
    /// </summary>
    public static string? Check(FuzzOperation operation, FuzzRequest request, FuzzResponse response)
    {
        var token = request.Header("Authorization") is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null;
        if (token is not null && Defects.TryGetValue(token, out var defect) && response.Status != 401)
        {
            return $"a validly signed token with {defect} was answered {response.Status}, not 401";
        }
        if (token is not null && OddSubjects.TryGetValue(token, out var subject) && operation.Protected && response.Status is >= 200 and < 300)
        {
            return $"a caller whose sub is '{subject}' (no user, no player) was answered {response.Status} by the protected {operation.Name}";
        }
        return null;
    }
}
