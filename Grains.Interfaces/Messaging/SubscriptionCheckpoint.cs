namespace Keel.Contracts.Messaging;

/// <summary>What a subscription remembers: the last event version it handled, per stream.</summary>
[GenerateSerializer, Alias("keel.subscription-checkpoint")]
public sealed class SubscriptionCheckpoint
{
    [Id(0)] public Dictionary<string, long> LastVersionByStream { get; set; } = [];
}
