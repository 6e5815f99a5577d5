using Keel.Grains.Streaming;
using Keel.Grains.Postgres;
using Keel.Grains.Postgres.Streaming;

namespace Keel.Streaming.Tests;

public sealed class EventStreamOptionsTests
{
    [Fact]
    public void DefaultsAreValidAndPostgreSqlAlsoNeedsAConnectionString()
    {
        Assert.Empty(EventStreamOptionsValidator.Problems(new EventStreamOptions()));
        var missing = Assert.Throws<OrleansConfigurationException>(
            () => new EventStreamOptionsValidator(new EventStreamOptions(), "events", needsConnectionString: true).ValidateConfiguration());
        Assert.Contains("ConnectionString is required", missing.Message, StringComparison.Ordinal);
        new EventStreamOptionsValidator(new EventStreamOptions(), "events", needsConnectionString: false).ValidateConfiguration();
    }

    [Fact]
    public void RejectsSettingsTheProviderCannotWorkWith()
    {
        var options = new EventStreamOptions
        {
            ConnectionString = "Host=db",
            Partitions = 0,
            VisibilityTimeout = TimeSpan.Zero,
            MaxAttempts = 0,
            BatchSize = 0,
            PollInterval = TimeSpan.Zero,
        };

        Assert.Equal(5, EventStreamOptionsValidator.Problems(options).Count());
    }

    [Fact]
    public void LimitsThePoolToThirtyTwoConnectionsUnlessTheConnectionStringSaysOtherwise()
    {
        Assert.Equal(32, new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db")).MaxPoolSize);
        Assert.Equal(100, new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;Maximum Pool Size=100")).MaxPoolSize);
        Assert.Equal(7, new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;maxpoolsize=7")).MaxPoolSize);
    }

    [Fact]
    public void PreparesRepeatedStatementsAndKeepsThemUnlessTheConnectionStringSaysOtherwise()
    {
        var defaults = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db"));
        Assert.Equal(PostgresConnection.DefaultMaxAutoPrepare, defaults.MaxAutoPrepare);
        Assert.True(defaults.NoResetOnClose);

        var chosen = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;Max Auto Prepare=0;No Reset On Close=false"));
        Assert.Equal(0, chosen.MaxAutoPrepare);
        Assert.False(chosen.NoResetOnClose);
    }
}
