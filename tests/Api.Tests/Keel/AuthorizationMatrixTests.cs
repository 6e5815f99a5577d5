using System.Net;
using Keel.Testing.Fuzz;
using Xunit.Abstractions;

namespace Keel.Api.Tests;

/// <summary>
/// Every route with an id in it, from the Api's own endpoint list, lets only its caller through: other spellings of the
/// caller's id, other callers' ids, rooms the caller does not sit in, look-alike callers and validly signed tokens with
/// wrong claims are refused, never 2xx, never 5xx (<see cref="AuthorizationMatrix"/>). The admin's dead-letter routes
/// exist on PostgreSQL only: Integration.Tests runs the same matrix there.
/// </summary>
[Collection(ApiCollection.Name)]
public class AuthorizationMatrixTests(KeelApiFactory factory, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryRouteWithAnIdLetsOnlyItsOwnCallerThrough()
    {
        var anonymous = factory.CreateClient().As(null);
        var matrix = await KeelMatrix.ArrangeAsync(factory.Services, anonymous, factory.CreateClient(), output.WriteLine);
        var routes = AuthorizationMatrix.RoutesOf(factory.Services);
        Assert.Contains(routes, r => r.Key.TrimEnd('/') == "GET /api/v1/users/{userId}");
        Assert.Contains(routes, r => r.Key.TrimEnd('/') == "GET /api/v1/lobby/rooms/{roomId}");
        Assert.Contains(routes, r => r.Key.TrimEnd('/') == "GET /api/v1/lobby/players/{playerId}/events");
        // The hand-minted tokens are refused for their one defect: the same minting with none is accepted.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().As(WrongTokens.Baseline(Subject(matrix))).GetAsync($"/api/v1/users/{Subject(matrix)}")).StatusCode);

        var failures = await matrix.RunAsync();

        Assert.True(failures.Count == 0, $"{failures.Count} violations:\n{string.Join('\n', failures)}");
    }

    private static string Subject(AuthorizationMatrix matrix) => matrix.Parameters["userId"].Control;
}
