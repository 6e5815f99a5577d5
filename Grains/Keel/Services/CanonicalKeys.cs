namespace Keel.Grains.Services;

/// <summary>
/// The aggregates of <paramref name="Grain"/> (a grain class with a <c>[GrainType]</c>) are keyed by the canonical
/// spelling of their key, <paramref name="Canonical"/> of it. Streams stored under another spelling by an earlier build
/// are moved to the canonical key when PostgreSQL is upgraded; where two of them have one canonical key, the one
/// recorded first takes it and the others stay where they are, so nothing is merged or lost.
/// </summary>
public sealed record CanonicalKeys(Type Grain, Func<string, string> Canonical);
