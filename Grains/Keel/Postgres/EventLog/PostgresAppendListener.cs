using Keel.Grains.EventLog;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>
/// Appends committed by any process of the cluster, heard on one dedicated connection that LISTENs for the log's append
/// notices. After a lost connection its listeners are told that some may have been missed, and re-read what they follow.
/// </summary>
internal sealed partial class PostgresAppendListener(NpgsqlDataSource database, string serviceId, ILogger<PostgresAppendListener> logger)
    : BackgroundService, IRemoteAppends
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private volatile (Action<string, long> Appended, Action MissedSome)[] _listeners = [];

    public IDisposable Subscribe(Action<string, long> appended, Action missedSome)
    {
        var listener = (appended, missedSome);
        _listeners = [.. _listeners, listener];
        return new Subscription(() => _listeners = [.. _listeners.Where(l => l != listener)]);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {AppendNotices.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                MissedSome();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogListenFailed(logger, exception, RetryDelay);
                MissedSome();
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs args)
    {
        if (!AppendNotices.TryParse(args.Payload, serviceId, out var appends))
        {
            return;
        }
        foreach (var listener in _listeners)
        {
            foreach (var (stream, version) in appends)
            {
                listener.Appended(stream, version);
            }
        }
    }

    private void MissedSome()
    {
        foreach (var listener in _listeners)
        {
            listener.MissedSome();
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Listening for appends failed; retrying in {Delay} (watchers re-read the log meanwhile)")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, TimeSpan delay);
}
