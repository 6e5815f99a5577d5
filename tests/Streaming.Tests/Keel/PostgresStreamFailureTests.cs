namespace Keel.Streaming.Tests;

public sealed class PostgresStreamFailureTests(FailureFixture fixture) : IClassFixture<FailureFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task RetriesAFailingSubscriberThenDeadLettersTheEventAndRedrivesItExactlyOnceWhenFixed()
    {
        const string key = "poison";
        fixture.Log.Refuse(key);
        var publisher = fixture.Cluster.Client.GetGrain<ITestPublisherGrain>(1);

        await publisher.PublishAsync(key, [7]);

        var attemptsSeen = new SortedSet<int>();
        await Eventually.HoldsAsync(async () =>
        {
            var attempts = await fixture.Database.ScalarAsync<object?>($"SELECT attempts FROM keel_stream_messages WHERE stream_key = '{key}'");
            if (attempts is int seen and > 0)
            {
                attemptsSeen.Add(seen);
            }
            return (await fixture.DeadLetters.ListAsync(100, CancellationToken.None)).Any(letter => letter.StreamKey == key);
        }, Deadline, "the refused event is dead-lettered");

        var letter = (await fixture.DeadLetters.ListAsync(100, CancellationToken.None)).Single(letter => letter.StreamKey == key);
        Assert.Equal(TestStreams.Namespace, letter.StreamNamespace);
        Assert.Equal(FailureFixture.MaxAttempts, letter.Attempts);
        Assert.Contains("subscriber refused event 7 on poison", letter.Reason, StringComparison.Ordinal);
        Assert.True(letter.DeadLetteredAt > letter.EnqueuedAt);
        Assert.Equal([1, 2, 3], attemptsSeen);
        Assert.True(fixture.Log.RefusalsOn(key) >= FailureFixture.MaxAttempts);
        Assert.Empty(fixture.Log.HandledOn(key));
        Assert.Equal(0, await fixture.QueuedMessagesAsync($"stream_key = '{key}'"));

        fixture.Log.Accept(key);
        Assert.True(await fixture.DeadLetters.RedriveAsync(letter.Id, CancellationToken.None));
        Assert.False(await fixture.DeadLetters.RedriveAsync(letter.Id, CancellationToken.None));

        await Eventually.HoldsAsync(() => fixture.Log.HandledOn(key).Count >= 1, Deadline, "the redriven event is handled");
        await Eventually.HoldsAsync(async () => await fixture.QueuedMessagesAsync($"stream_key = '{key}'") == 0, Deadline, "the redriven event is acknowledged");
        Assert.Equal([7], fixture.Log.HandledOn(key));
        Assert.DoesNotContain((await fixture.DeadLetters.ListAsync(100, CancellationToken.None)), letter => letter.StreamKey == key);
    }

    [Fact]
    public async Task EvictsDeadLettersOlderThanTheRetention()
    {
        await fixture.Database.ExecuteAsync("""
            INSERT INTO keel_stream_dead_letters (message_id, service_id, provider, partition, stream_namespace, stream_key,
                                                  payload, attempts, reason, enqueued_at, dead_lettered_at)
            VALUES (1, 's', 'pg', 0, 'keel-test', 'evict-old', '\x00', 3, 'old', now() - interval '9 days', now() - interval '8 days'),
                   (2, 's', 'pg', 0, 'keel-test', 'evict-fresh', '\x00', 3, 'fresh', now() - interval '2 days', now() - interval '1 day')
            """);

        await Eventually.HoldsAsync(
            async () => (await fixture.DeadLetters.ListAsync(1000, CancellationToken.None)).All(letter => letter.StreamKey != "evict-old"),
            TimeSpan.FromSeconds(10),
            "the 8-day-old dead letter is evicted");
        Assert.Contains(await fixture.DeadLetters.ListAsync(1000, CancellationToken.None), letter => letter.StreamKey == "evict-fresh");
    }
}
