using Keel.Grains.Hosting;
using Keel.Grains.Placement;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Keel.Grains.Tests;

/// <summary>The services a silo may host are the ones its grain classes declare; none is listed in generic code.</summary>
public sealed class SiloServicesTests
{
    [Fact]
    public void KnowsTheServicesTheGrainClassesAndModulesDeclare() =>
        Assert.Equal(["email", "games", "lobby", "statistics", "users", "wallet"], SiloServices.Known(typeof(Keel.Grains.Users.UserGrain).Assembly.GetTypes()));

    [Fact]
    public void NormalizesTheSettingAndNamesWhatNoGrainDeclares()
    {
        var grains = typeof(Keel.Grains.Users.UserGrain).Assembly.GetTypes();

        Assert.Equal("email,users", SiloServices.Parse(" Users , email,users "));
        Assert.Equal(SiloServices.All, SiloServices.Parse(null));
        Assert.Empty(SiloServices.Unknown("email,users", grains));
        Assert.Equal(["billing"], SiloServices.Unknown(SiloServices.Parse("users,billing"), grains));
    }

    [Fact]
    public async Task ASiloAskedToHostAnUnknownServiceDoesNotStart()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureClient(client => client.AddKeelWire());
        builder.ConfigureSilo((_, silo) => silo.AddKeelServices(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [KeelSettings.Services] = "users,billing" })
            .Build()));
        await using var cluster = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => cluster.DeployAsync());

        var problem = Assert.IsType<KeelStartupException>(Unwrap(error));
        Assert.Equal("Keel:Services: no service is called billing; name services this build has (email, games, lobby, statistics, users, wallet) or * for all.", problem.Message);
    }

    private static Exception Unwrap(Exception error) => error switch
    {
        KeelStartupException => error,
        AggregateException many => many.InnerExceptions.Select(Unwrap).FirstOrDefault(e => e is KeelStartupException) ?? error,
        { InnerException: { } inner } => Unwrap(inner),
        _ => error,
    };
}
