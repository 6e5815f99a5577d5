using Microsoft.Extensions.Configuration;

namespace Keel.Grains.Services;

/// <summary>
/// A service, declared once, in its own folder: its name, and what it brings to the silos — its options and adapters.
/// The grains of its namespace are its grains (placed on the silos that host it: <see cref="ModulePlacement"/>); its
/// HTTP endpoints are <c>[ServiceEndpoints]</c> classes in its Api folder. Keel finds every module at start; adding a
/// service edits nothing else.
/// </summary>
public abstract class KeelModule(string name)
{
    public string Name { get; } = name;

    /// <summary>Every module of this build.</summary>
    public static IReadOnlyList<KeelModule> All { get; } = [.. typeof(KeelModule).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(KeelModule)) && !type.IsAbstract)
        .Select(type => (KeelModule)Activator.CreateInstance(type, nonPublic: true)!)
        .OrderBy(module => module.Name, StringComparer.Ordinal)];

    /// <summary>The module of the service <paramref name="type"/> belongs to: the one declared in its namespace.</summary>
    public static KeelModule? Of(Type type) => All.FirstOrDefault(module => module.GetType().Namespace == type.Namespace);

    /// <summary>Registers the service's options and adapters with a silo's services.</summary>
    public virtual void AddTo(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>
    /// The service's aggregates whose keys have one canonical spelling now (an address in lower case): what an earlier
    /// build stored under another spelling is moved to it when PostgreSQL is upgraded (<see cref="CanonicalKeys"/>).
    /// </summary>
    public virtual IReadOnlyList<CanonicalKeys> CanonicalKeys => [];

    /// <summary>The service's read models, built from the log by a silo that hosts the service (<see cref="Projections.Projector"/>).</summary>
    public virtual IReadOnlyList<Projections.ProjectionDefinition> Projections => [];

    /// <summary>
    /// A caller's presence changed (<see cref="Presence.PresenceGrain"/>): their first realtime connection opened, or
    /// their last one closed a grace period ago. <paramref name="caller"/> is the token's subject. What the service
    /// does about it, at least once per change (nothing by default).
    /// </summary>
    public virtual Task PresenceChangedAsync(IGrainFactory grains, string caller, bool online) => Task.CompletedTask;

    /// <summary>The services some projection reads: the memory log keeps their events for projections that start late or are rebuilt.</summary>
    public static IReadOnlySet<string> Projected { get; } = All.SelectMany(module => module.Projections).SelectMany(p => p.Reads).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A service with settings: <typeparamref name="TOptions"/> bound from <paramref name="section"/>.</summary>
public abstract class KeelModule<TOptions>(string name, string section) : KeelModule(name)
    where TOptions : class
{
    public override void AddTo(IServiceCollection services, IConfiguration configuration) =>
        services.Configure<TOptions>(configuration.GetSection(section));
}
