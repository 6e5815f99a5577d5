using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Serialization;
using Orleans.Storage;

namespace Keel.Grains.Memory;

/// <summary>
/// Grain state in this process's memory, for the single-process memory mode. Orleans' memory storage routes every
/// read and write through storage grains and a serializer; here a read or write is a dictionary operation plus a
/// deep copy (so a grain never shares objects with storage). Versions give the same optimistic concurrency as the
/// durable storage. Not for clusters: each silo would see only its own states.
/// </summary>
internal sealed class InProcessGrainStorage(DeepCopier copier) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), Stored> _states = new();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_states.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = copier.Copy((T)stored.State);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        var copy = copier.Copy(grainState.State)!;
        var written = grainState.ETag is null
            ? _states.TryAdd(key, new Stored(copy, 1))
            : _states.TryGetValue(key, out var current) && current.ETag == grainState.ETag
              && _states.TryUpdate(key, new Stored(copy, current.Version + 1), current);
        if (!written)
        {
            throw new InconsistentStateException($"Version conflict writing {stateName} of {grainId}.", "", grainState.ETag ?? "");
        }
        grainState.ETag = _states[key].ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        if (grainState.ETag is not null
            && !(_states.TryGetValue(key, out var current) && current.ETag == grainState.ETag && _states.TryRemove(KeyValuePair.Create(key, current))))
        {
            throw new InconsistentStateException($"Version conflict clearing {stateName} of {grainId}.", "", grainState.ETag);
        }
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private sealed record Stored(object State, long Version)
    {
        public string ETag { get; } = Version.ToString(CultureInfo.InvariantCulture);
    }
}
