using Orleans.Streams;

namespace Keel.Grains.Memory;

/// <summary>
/// Memory mode's partition balancing: each silo's event log lives in that silo, so each silo reads every partition of
/// its own log (and only its own). Subscribers are still called wherever they are placed in the cluster.
/// </summary>
internal sealed class SiloLocalQueueBalancer : IStreamQueueBalancer
{
    private QueueId[] _queues = [];

    public Task Initialize(IStreamQueueMapper queueMapper)
    {
        _queues = [.. queueMapper.GetAllQueues()];
        return Task.CompletedTask;
    }

    public Task Shutdown() => Task.CompletedTask;

    public IEnumerable<QueueId> GetMyQueues() => _queues;

    // The distribution never changes: there is nothing to notify.
    public bool SubscribeToQueueDistributionChangeEvents(IStreamQueueBalanceListener queueBalanceListener) => true;

    public bool UnSubscribeFromQueueDistributionChangeEvents(IStreamQueueBalanceListener queueBalanceListener) => true;
}
