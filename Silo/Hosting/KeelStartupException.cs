namespace Keel.Silo.Hosting;

/// <summary>A start-up problem an operator must fix (bad setting, unreachable database); reported in one line, exit code 1.</summary>
public sealed class KeelStartupException(string message, Exception? inner = null) : Exception(message, inner);
