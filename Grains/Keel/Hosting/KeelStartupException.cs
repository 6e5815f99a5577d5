namespace Keel.Grains.Hosting;

/// <summary>
/// A start-up mistake an operator must fix (a bad setting, an unreachable database, a port in use): reported as one
/// line, <c>Keel could not start: {Setting}: {Problem}; {Fix}.</c>, with exit code 1 (<see cref="KeelHost"/>).
/// </summary>
public sealed class KeelStartupException(string setting, string problem, string fix, Exception? inner = null)
    : Exception($"{setting}: {problem}; {fix}.", inner)
{
    /// <summary>The setting to change, in its configuration form (<c>Keel:SiloPort</c>; as an environment variable <c>Keel__SiloPort</c>).</summary>
    public string Setting { get; } = setting;
}
