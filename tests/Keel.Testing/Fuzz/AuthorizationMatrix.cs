using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Keel.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Testing.Fuzz;

/// <summary>
/// The authorization matrix: every route of the application with a parameter in its pattern, read from its
/// <see cref="EndpointDataSource"/> (so a route is covered the day it is mapped, and a parameter nobody described fails
/// the run), each of its methods called
/// <list type="bullet">
/// <item>with the control values and the caller's token (or the admin's, for admin routes): authorization lets it through;</item>
/// <item>with every other spelling of each value (another case, another user's id, lookalike characters, a room the
/// caller does not sit in): never 2xx, only 400, 403 or 404;</item>
/// <item>with percent-encodings of the control values that decode to the same text: the same as the control;</item>
/// <item>as callers who are not the caller (the <c>sub</c> in another case), as a caller without the admin role on admin
/// routes: only 400, 403 or 404;</item>
/// <item>without a token (401 where one is needed) and with each validly signed token that is wrong in one way: 401.</item>
/// </list>
/// Nothing may answer 5xx. Bodies come from <see cref="Bodies"/>, so a route that reads one is called as it would succeed.
/// </summary>
public sealed partial class AuthorizationMatrix
{
    public required IServiceProvider Services { get; init; }

    /// <summary>A client of the application without a default token.</summary>
    public required HttpClient Http { get; init; }

    public required string CallerToken { get; init; }

    public required string AdminToken { get; init; }

    /// <summary>Valid tokens of callers who are not the caller, though they look alike (its <c>sub</c> in upper case).</summary>
    public required IReadOnlyList<(string Name, string Token)> LookAlikeCallers { get; init; }

    /// <summary>Validly signed tokens, each wrong in one way: 401 everywhere.</summary>
    public required IReadOnlyList<(string Defect, string Token)> RefusedTokens { get; init; }

    /// <summary>What each route parameter takes, by name.</summary>
    public required IReadOnlyDictionary<string, MatrixValues> Parameters { get; init; }

    /// <summary>The JSON body of a route that reads one (by <c>"METHOD pattern"</c>); a missing one fails the run.</summary>
    public required IReadOnlyDictionary<string, string> Bodies { get; init; }

    public required Action<string> WriteLine { get; init; }

    public static IReadOnlyList<MatrixRoute> RoutesOf(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new MatrixRoute(
                method, e.RoutePattern.RawText ?? e.DisplayName ?? "?", [.. e.RoutePattern.Parameters.Select(p => p.Name)], AccessOf(e),
                e.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 })))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];

    /// <summary>Runs the whole matrix; returns every violation (empty when the application keeps its word).</summary>
    public async Task<IReadOnlyList<string>> RunAsync()
    {
        var routes = RoutesOf(Services);
        var failures = new List<string>();
        var sent = 0;
        foreach (var route in routes)
        {
            var undescribed = route.Parameters.Where(p => !Parameters.ContainsKey(p)).ToArray();
            if (undescribed.Length > 0)
            {
                failures.Add($"{route}: no values for {string.Join(", ", undescribed)}; describe them in the matrix's parameters");
                continue;
            }
            if (route.TakesBody && !Bodies.ContainsKey(route.Key))
            {
                failures.Add($"{route}: reads a body, and the matrix has none for '{route.Key}'");
                continue;
            }
            var control = route.Parameters.ToDictionary(p => p, p => Parameters[p].Control);
            var principal = route.Access == RouteAccess.Admin ? AdminToken : CallerToken;
            async Task CheckAsync(string what, IReadOnlyDictionary<string, string> values, string? token, Func<int, bool> allowed, string expected)
            {
                sent++;
                var status = await SendAsync(route, values, token);
                if (status >= 500 || !allowed(status))
                {
                    failures.Add($"{route} {what}: {status}, expected {expected}");
                }
            }

            await CheckAsync("with the control values", control, principal, s => s is not (401 or 403), "authorization to let it through");
            await CheckAsync("without a token", control, null, s => route.Access == RouteAccess.Public ? s is not (401 or 403) : s == 401, route.Access == RouteAccess.Public ? "no 401/403" : "401");
            foreach (var (defect, token) in RefusedTokens)
            {
                await CheckAsync($"with a token with {defect}", control, token, s => s == 401, "401");
            }
            if (route.Access == RouteAccess.Public)
            {
                continue;
            }
            if (route.Access == RouteAccess.Admin)
            {
                await CheckAsync("as a caller without the admin role", control, CallerToken, s => s == 403, "403");
                continue;
            }
            foreach (var (name, token) in LookAlikeCallers)
            {
                await CheckAsync($"as {name}", control, token, Refused, "400, 403 or 404");
            }
            foreach (var parameter in route.Parameters)
            {
                foreach (var variant in Parameters[parameter].Refused)
                {
                    await CheckAsync($"with {parameter} = {variant.Name} ({variant.Value})", With(control, parameter, variant.Value), CallerToken, Refused, "400, 403 or 404");
                }
                foreach (var variant in Parameters[parameter].Equivalent)
                {
                    await CheckAsync($"with {parameter} = {variant.Name} ({variant.Value})", With(control, parameter, variant.Value), CallerToken,
                        s => s is not (401 or 403), "what the control gets: the same id");
                }
            }
        }
        WriteLine($"{routes.Count} routes with parameters, {sent} requests: {string.Join(", ", routes)}");
        return failures;
    }

    private static bool Refused(int status) => status is 400 or 403 or 404;

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> values, string parameter, string value) =>
        new(values) { [parameter] = value };

    private async Task<int> SendAsync(MatrixRoute route, IReadOnlyDictionary<string, string> values, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(route.PathWith(values), UriKind.Relative));
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        }
        if (Bodies.TryGetValue(route.Key, out var body))
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        // Headers only: a stream the control opens never ends.
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return (int)response.StatusCode;
    }

    private static RouteAccess AccessOf(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return RouteAccess.Public;
        }
        var rules = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        return rules.Any(r => r.Policy == KeelAuth.AdminPolicy) ? RouteAccess.Admin : rules.Count > 0 ? RouteAccess.Caller : RouteAccess.Public;
    }

    [GeneratedRegex(@"\{\**(?<name>[^}:=?]+)[^}]*\}")]
    internal static partial Regex ParameterPattern();
}

/// <summary>Who may call a route: anyone, a signed-in caller (whose own ids it names), or an admin.</summary>
public enum RouteAccess
{
    Public,
    Caller,
    Admin,
}

/// <summary>One method of one route with parameters.</summary>
public sealed record MatrixRoute(string Method, string Pattern, IReadOnlyList<string> Parameters, RouteAccess Access, bool TakesBody)
{
    public string Key => $"{Method} {Pattern}";

    /// <summary>The path with each parameter replaced by its value, sent as written (already encoded where it is meant to be).</summary>
    public string PathWith(IReadOnlyDictionary<string, string> values) =>
        AuthorizationMatrix.ParameterPattern().Replace(Pattern, m => values[m.Groups["name"].Value]);

    public bool Equals(MatrixRoute? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"{Key} ({Access})";
}

/// <summary>
/// The values of one route parameter: the control (the caller's own id, a room the caller sits in), the spellings that
/// must be refused (another case, another caller's id, lookalikes), and percent-encodings that decode to the control
/// itself, which must be treated as the control (RFC 3986 6.2.2.2: they are the same URI).
/// </summary>
public sealed record MatrixValues(string Control, IReadOnlyList<MatrixVariant> Refused, IReadOnlyList<MatrixVariant> Equivalent)
{
    /// <summary>The usual refused spellings of an id the caller owns, and its percent-encoding, plus <paramref name="others"/>.</summary>
    public static MatrixValues OwnId(string own, params MatrixVariant[] others) => new(own,
        [.. new MatrixVariant[]
        {
            new("upper case", own.ToUpperInvariant()),
            new("title case", char.ToUpperInvariant(own[0]) + own[1..]),
            new("a trailing space", own + "%20"),
            new("a trailing dot", own + "."),
            new("an encoded slash inside", own[..4] + "%2F" + own[4..]),
            new("double percent-encoding", Encoded(own).Replace("%", "%25", StringComparison.Ordinal)),
            new("a fullwidth first character", (char)(own[0] + 0xFEE0) + own[1..]),
        }.Where(v => v.Value != own), .. others],
        [new("percent-encoded throughout", Encoded(own))]);

    /// <summary>Every character as %XX (the value is ASCII).</summary>
    public static string Encoded(string value) => string.Concat(Encoding.UTF8.GetBytes(value).Select(b => $"%{b:X2}"));
}

public sealed record MatrixVariant(string Name, string Value);
