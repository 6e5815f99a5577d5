using System.Collections.Concurrent;
using Keel.Grains.Games;
using Keel.Grains.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Keel.Grains.Tests;

/// <summary>The Games service's part of the grain tests' cluster: dice a test scripts, and the alarms' clock a test moves.</summary>
public sealed partial class ClusterFixture
{
    internal ScriptedDice Dice { get; } = new();

    /// <summary>The clock alarms are due and fired by (Orleans itself keeps the real one).</summary>
    internal FakeTimeProvider AlarmTime { get; } = new();

    partial void ConfigureGames(IServiceCollection services)
    {
        services.AddSingleton<IDice>(Dice);
        services.AddKeyedSingleton<TimeProvider>(KeelNames.AlarmTime, AlarmTime);
    }
}

/// <summary>Rolls what a test queued, in order; a roll nobody scripted fails the command instead of inventing dice.</summary>
internal sealed class ScriptedDice : IDice
{
    private readonly ConcurrentQueue<(int First, int Second)> _rolls = new();

    public void Queue(params (int First, int Second)[] rolls)
    {
        foreach (var roll in rolls)
        {
            _rolls.Enqueue(roll);
        }
    }

    public int Left => _rolls.Count;

    public (int First, int Second) Roll() =>
        _rolls.TryDequeue(out var roll) ? roll : throw new InvalidOperationException("The test scripted no further roll.");
}
