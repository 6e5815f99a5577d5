using Microsoft.Extensions.Logging;

namespace Keel.Grains.Diagnostics;

/// <summary>
/// One dependency's outages, told in a few lines instead of one per failure: a Warning when it starts failing, a
/// count every <see cref="OutageTiming.ReportInterval"/> while it lasts, one Information line when it is back. While it
/// is down, <c>probe</c> runs every <see cref="OutageTiming.ProbeInterval"/>, so recovery is seen without traffic; a
/// success observed elsewhere (<see cref="Succeeded"/>) ends the outage too. Each failure is logged at Debug only.
/// </summary>
public sealed class DependencyOutage : IDisposable
{
    private readonly Func<Exception, bool> _covers;
    private readonly Func<CancellationToken, Task>? _probe;
    private readonly Action? _recovered;
    private readonly OutageTiming _timing;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private volatile bool _down;
    private long _since;
    private long _lastReport;
    private long _recoveredAt = long.MinValue;
    private int _requests;
    private int _requestsSinceReport;
    private int _probing;
    private ITimer? _timer;

    public DependencyOutage(
        string name, Func<Exception, bool> covers, Func<CancellationToken, Task>? probe, Action? recovered,
        OutageTiming timing, TimeProvider time, ILogger logger, IReadOnlyList<string>? warningCategories = null)
    {
        Name = name;
        WarningCategories = warningCategories ?? [];
        _covers = covers;
        _probe = probe;
        _recovered = recovered;
        _timing = timing;
        _time = time;
        _logger = logger;
    }

    /// <summary>How operators know the dependency: "PostgreSQL", "the cluster".</summary>
    public string Name { get; }

    public bool IsDown => _down;

    /// <summary>Log categories whose warnings all say this dependency is unavailable (a client's gateway manager, say).</summary>
    public IReadOnlyList<string> WarningCategories { get; }

    /// <summary>Whether <paramref name="exception"/> (not its inner exceptions) says this dependency is unavailable.</summary>
    public bool Covers(Exception exception) => _covers(exception);

    /// <summary>
    /// Something failed because the dependency is unavailable. <paramref name="request"/>: a request failed (counted in
    /// the reports), not a background operation.
    /// </summary>
    public void Failed(Exception exception, bool request = false)
    {
        OutageLog.FailureDetail(_logger, exception, Name);
        Failed(OneLine(exception), request);
    }

    /// <summary>A warning said the dependency is unavailable (<see cref="WarningCategories"/>).</summary>
    public void Warned(string message) => Failed(message.ReplaceLineEndings(" ").TrimEnd('.'), request: false);

    private void Failed(string reason, bool request)
    {
        lock (_lock)
        {
            if (!_down)
            {
                if (Since(_recoveredAt) < _timing.RecoveryGrace)
                {
                    return; // a straggler that started before the recovery
                }
                _down = true;
                _since = _lastReport = _time.GetTimestamp();
                _requests = _requestsSinceReport = 0;
                _timer = _time.CreateTimer(_ => Tick(), null, _timing.ProbeInterval, _timing.ProbeInterval);
                OutageLog.Unavailable(_logger, Name, reason, _timing.ReportInterval.TotalSeconds);
            }
            if (request)
            {
                _requests++;
                _requestsSinceReport++;
            }
        }
    }

    /// <summary>The dependency answered: ends an outage (cheap when there is none).</summary>
    public void Succeeded()
    {
        if (!_down)
        {
            return;
        }
        lock (_lock)
        {
            if (!_down)
            {
                return;
            }
            _down = false;
            _recoveredAt = _time.GetTimestamp();
            _timer?.Dispose();
            _timer = null;
            var lasted = Since(_since).TotalSeconds;
            if (_requests > 0)
            {
                OutageLog.BackAfterRequests(_logger, Name, lasted, _requests);
            }
            else
            {
                OutageLog.Back(_logger, Name, lasted);
            }
        }
        _recovered?.Invoke();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Tick()
    {
        lock (_lock)
        {
            if (!_down)
            {
                return;
            }
            if (Since(_lastReport) >= _timing.ReportInterval - TimeSpan.FromMilliseconds(1))
            {
                var window = Since(_lastReport).TotalSeconds;
                if (_requests > 0)
                {
                    OutageLog.StillUnavailableRequests(_logger, Name, Since(_since).TotalSeconds, _requestsSinceReport, window);
                }
                else
                {
                    OutageLog.StillUnavailable(_logger, Name, Since(_since).TotalSeconds);
                }
                _lastReport = _time.GetTimestamp();
                _requestsSinceReport = 0;
            }
        }
        if (_probe is not null && Interlocked.Exchange(ref _probing, 1) == 0)
        {
            _ = ProbeAsync(_probe);
        }
    }

    private async Task ProbeAsync(Func<CancellationToken, Task> probe)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_timing.ProbeInterval * 3);
            await probe(timeout.Token);
            Succeeded();
        }
        catch (Exception exception)
        {
            OutageLog.ProbeFailed(_logger, exception, Name);
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }

    private TimeSpan Since(long timestamp) =>
        timestamp == long.MinValue ? TimeSpan.MaxValue : _time.GetElapsedTime(timestamp);

    /// <summary>The innermost message, on one line: "Connection refused", not a chain of wrappers.</summary>
    private static string OneLine(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }
        return innermost.Message.ReplaceLineEndings(" ").TrimEnd('.');
    }
}

/// <summary>How often an outage is reported and probed, and how long after a recovery stragglers are ignored.</summary>
public sealed record OutageTiming(TimeSpan ReportInterval, TimeSpan ProbeInterval, TimeSpan RecoveryGrace)
{
    public static OutageTiming Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
}
