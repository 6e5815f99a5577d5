using System.Reflection;
using Keel.AppHost;
using Keel.Silo.Hosting;
using Microsoft.Extensions.Configuration;

namespace Keel.Integration.Tests;

public class AppHostSettingsTests
{
    [Fact]
    public void TheCoHostedApiReadsEverySettingTheAppHostInjects()
    {
        var injected = new Dictionary<string, string>(AppHostSettings.CoHostedApi)
        {
            [AppHostSettings.ConnectionStringVariable] = "Host=postgres;Database=keel",
        };

        var configuration = ThroughEnvironment(injected);

        Assert.Equal(StorageMode.Postgres, configuration.ReadStorageMode());
        Assert.Equal("Host=postgres;Database=keel", configuration.GetConnectionString(KeelSettings.PostgresConnectionName));
        Assert.True(configuration.GetValue<bool>(KeelSettings.DashboardEnabled));
        Assert.True(configuration.GetValue<bool>(KeelSettings.AdminEnabled));
    }

    [Fact]
    public void EveryInjectedVariableIsASettingKeelReads()
    {
        var known = typeof(KeelSettings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();

        Assert.All(AppHostSettings.CoHostedApi.Keys.Append(AppHostSettings.ConnectionStringVariable),
            name => Assert.Contains(name.Replace("__", ":", StringComparison.Ordinal), known));
    }

    /// <summary>Sets the variables in this process and reads them back with the real environment provider.</summary>
    private static IConfiguration ThroughEnvironment(Dictionary<string, string> variables)
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
