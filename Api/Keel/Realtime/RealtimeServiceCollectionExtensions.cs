using Keel.Grains.EventLog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Api.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>The watched streams of this process and the ceilings on open streams (<c>Keel:Realtime</c>).</summary>
    public static IServiceCollection AddKeelRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RealtimeOptions>(configuration.GetSection(RealtimeOptions.Section));
        services.TryAddSingleton<AppendFeed>();
        services.AddSingleton(sp => new StreamWatches(
            sp.GetRequiredService<IEventLogReader>(), sp.GetRequiredService<AppendFeed>(), sp.GetService<IRemoteAppends>()));
        services.AddSingleton<RealtimeLimits>();
        services.Configure<Keel.Grains.Presence.PresenceOptions>(configuration.GetSection(Keel.Grains.Presence.PresenceOptions.Section));
        services.AddSingleton<PresenceTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceTracker>());
        return services;
    }
}
