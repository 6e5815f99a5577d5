namespace Keel.Grains.Projections;

/// <summary>A projection's wake-up: set by any append (here or, on PostgreSQL, heard from another process), awaited with a deadline.</summary>
internal sealed class LogNews
{
    private TaskCompletionSource _news = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Arrived() => _news.TrySetResult();

    /// <summary>Returns when news arrived since the last wait, or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var news = _news;
        if (!news.Task.IsCompleted) // under load news is usually there already: no timer, no wait
        {
            // The deadline and a cancellation end the wait as news does, without an exception.
            await news.Task.WaitAsync(timeout, time, cancellationToken)
                .ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
        }
        if (news.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _news, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), news);
        }
    }
}
