using System.Reflection;
using Keel.AppHost;
using Keel.Grains.Hosting;
using Microsoft.Extensions.Configuration;

namespace Keel.Integration.Tests;

public class AppHostSettingsTests
{
    private const string ConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Database=keel";

    [Fact]
    public void TheSingleProcessApiReadsEverySettingTheAppHostInjects()
    {
        var configuration = ThroughEnvironment(WithDatabase(AppHostSettings.CoHostedApi(postgres: true)));

        Assert.Equal(ApiMode.CoHosted, configuration.ReadApiMode());
        Assert.Equal(StorageMode.Postgres, configuration.ReadStorageMode());
        Assert.Equal(ConnectionString, configuration.GetConnectionString(KeelSettings.PostgresConnectionName));
        Assert.True(configuration.GetValue<bool>(KeelSettings.DashboardEnabled));
        Assert.True(configuration.GetValue<bool>(KeelSettings.AdminEnabled));
        Assert.Equal(StorageMode.Memory, ThroughEnvironment(AppHostSettings.CoHostedApi(postgres: false)).ReadStorageMode());
    }

    [Fact]
    public void TheClusterReadsEverySettingTheAppHostInjects()
    {
        var api = ThroughEnvironment(WithDatabase(AppHostSettings.ClientApi));
        var silo = ThroughEnvironment(WithDatabase(new Dictionary<string, string>(AppHostSettings.Silo("email"))
        {
            [AppHostSettings.SiloPortVariable] = "25001",
            [AppHostSettings.GatewayPortVariable] = "25002",
        }));

        Assert.Equal(ApiMode.Client, api.ReadApiMode());
        Assert.Equal(StorageMode.Postgres, api.ReadStorageMode());
        Assert.Equal(StorageMode.Postgres, silo.ReadStorageMode());
        Assert.Equal("email", silo[KeelSettings.Services]);
        Assert.Equal(25001, silo.GetValue<int>(KeelSettings.SiloPort));
        Assert.Equal(25002, silo.GetValue<int>(KeelSettings.GatewayPort));
        Assert.Equal(api.ReadClusterIds(), silo.ReadClusterIds());
        Assert.Equal(ConnectionString, silo.GetConnectionString(KeelSettings.PostgresConnectionName));
    }

    [Fact]
    public void EveryInjectedVariableIsASettingKeelReads()
    {
        var known = typeof(KeelSettings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();
        var injected = AppHostSettings.CoHostedApi(postgres: true).Keys
            .Concat(AppHostSettings.ClientApi.Keys)
            .Concat(AppHostSettings.SiloRoles.SelectMany(role => AppHostSettings.Silo(role).Keys))
            .Append(AppHostSettings.ConnectionStringVariable)
            .Append(AppHostSettings.SiloPortVariable)
            .Append(AppHostSettings.GatewayPortVariable);

        Assert.All(injected, name => Assert.Contains(name.Replace("__", ":", StringComparison.Ordinal), known));
    }

    private static Dictionary<string, string> WithDatabase(IReadOnlyDictionary<string, string> settings) =>
        new(settings) { [AppHostSettings.ConnectionStringVariable] = ConnectionString };

    /// <summary>Sets the variables in this process and reads them back with the real environment provider.</summary>
    private static IConfiguration ThroughEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        var prefix = $"KEEL_APPHOST_TEST_{Guid.NewGuid():N}_";
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(prefix + name, value);
        }
        try
        {
            return new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }
}
