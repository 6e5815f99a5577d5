using Keel.Grains.Hosting;
using Keel.Testing.Fuzz;
using Xunit.Abstractions;

namespace Keel.Integration.Tests;

/// <summary>
/// The authorization matrix (Api.Tests' <c>AuthorizationMatrixTests</c>) on PostgreSQL, where the Api also maps the
/// admin's dead-letter routes: every route with an id in it lets only its own caller (or an admin) through.
/// </summary>
public sealed class AuthorizationMatrixPostgresTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-matrix-mail-");

    [Fact]
    public async Task EveryRouteWithAnIdLetsOnlyItsOwnCallerThroughTheDeadLetterRoutesIncluded()
    {
        await using var app = new PostgresApiFactory(_database.ConnectionString, _mail.FullName,
            settings: new Dictionary<string, string> { [KeelSettings.AdminEnabled] = "true" });
        var matrix = await KeelMatrix.ArrangeAsync(app.Services, app.CreateClient().As(null), app.CreateClient(), output.WriteLine);
        var routes = AuthorizationMatrix.RoutesOf(app.Services);
        Assert.Contains(routes, r => r.Key == "POST /api/v1/admin/services/{service}/dead-letters/{id}/redrive" && r.Access == RouteAccess.Admin);

        var failures = await matrix.RunAsync();

        Assert.True(failures.Count == 0, $"{failures.Count} violations:\n{string.Join('\n', failures)}");
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
