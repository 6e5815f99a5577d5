using Keel.Api.Realtime;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Keel.Api.Tests;

/// <summary>
/// The ceilings on realtime streams (issue 20, #4) beside the per-caller one the HTTP test shows: the process's, and
/// how fast one caller opens streams.
/// </summary>
public class RealtimeCeilingTests
{
    private readonly FakeTimeProvider _clock = new();

    private RealtimeLimits Limits(int perCaller = 16, int process = 20_000, double opensPerSecond = 1000) =>
        new(Options.Create(new RealtimeOptions { MaxStreamsPerCaller = perCaller, MaxStreams = process, OpensPerSecondPerCaller = opensPerSecond }), _clock);

    [Fact]
    public void TheProcessCeilingRefusesEveryCallerOnceReachedUntilAStreamCloses()
    {
        var limits = Limits(process: 3);
        var open = Enumerable.Range(0, 3).Select(i => limits.TryOpen($"caller-{i}").Place).ToList();
        Assert.All(open, Assert.NotNull);

        var refused = limits.TryOpen("caller-3");

        Assert.Null(refused.Place);
        Assert.True(refused.RetryAfter > TimeSpan.Zero);
        open[0]!.Dispose();
        open[0]!.Dispose(); // a second close gives back nothing more
        Assert.NotNull(limits.TryOpen("caller-3").Place);
        Assert.Null(limits.TryOpen("caller-4").Place);
    }

    [Fact]
    public void CallersOpeningAtOnceNeverPassTheProcessCeilingTogether()
    {
        var limits = Limits(process: 50);

        var places = Enumerable.Range(0, 400).AsParallel().WithDegreeOfParallelism(8).Select(i => limits.TryOpen($"caller-{i}").Place).ToList();

        Assert.Equal(50, places.Count(p => p is not null));
    }

    [Fact]
    public void ACallerOpensTwiceTheSustainedRateAtOnceThenWaitsForTheRate()
    {
        var limits = Limits(opensPerSecond: 2);
        for (var i = 0; i < 4; i++)
        {
            var place = limits.TryOpen("ada").Place;
            Assert.NotNull(place);
            place.Dispose(); // closing does not give an opening back
        }

        var refused = limits.TryOpen("ada");

        Assert.Null(refused.Place);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.RetryAfter);
        Assert.NotNull(limits.TryOpen("bob").Place); // another caller has their own rate
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.NotNull(limits.TryOpen("ada").Place);
        Assert.Null(limits.TryOpen("ada").Place);
    }
}
