using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Keel.Bench.InProcess;

/// <summary>Counts the welcome mails the mailbox sent (Keel's <c>keel.commands.handled</c> for <c>SendWelcome</c>).</summary>
internal sealed class SentMails : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _sent;

    public SentMails()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Keel" && instrument.Name == "keel.commands.handled")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Waits until <paramref name="count"/> mails were sent in all; fails at <paramref name="deadline"/>.</summary>
    public async Task WaitForAsync(long count, TimeSpan deadline)
    {
        var started = Stopwatch.GetTimestamp();
        while (Interlocked.Read(ref _sent) < count)
        {
            if (Stopwatch.GetElapsedTime(started) > deadline)
            {
                throw new TimeoutException($"{Interlocked.Read(ref _sent)} of {count} welcome mails sent after {deadline}");
            }
            await Task.Delay(5);
        }
    }

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "command" && tag.Value is "SendWelcome")
            {
                Interlocked.Add(ref _sent, value);
                return;
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
