using Keel.Grains.Hosting;
using Npgsql;

namespace Keel.Api.Idempotency;

public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>The <c>Idempotency-Key</c> store of this storage mode, its settings and its eviction.</summary>
    public static IServiceCollection AddKeelIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdempotencySettings>(configuration.GetSection(IdempotencySettings.Section));
        if (configuration.ReadStorageMode() == StorageMode.Postgres)
        {
            var serviceId = configuration.ReadClusterIds().ServiceId;
            services.AddSingleton<IIdempotencyStore>(sp => new PostgresIdempotencyStore(
                sp.GetRequiredKeyedService<NpgsqlDataSource>(KeelNames.Storage), serviceId,
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdempotencySettings>>().Value.MaxKeys ?? IdempotencySettings.DefaultMaxKeysInPostgres));
        }
        else
        {
            services.AddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        }
        services.AddHostedService<IdempotencyEviction>();
        return services;
    }
}
