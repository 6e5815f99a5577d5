namespace Keel.Contracts.Messaging;

/// <summary>An aggregate that can be asked to publish whatever its outbox still holds (crash recovery).</summary>
[Alias("keel.IOutboxGrain")]
public interface IOutboxGrain : IGrain
{
    /// <summary>Publishes pending events, records that they are published, and releases the activation.</summary>
    [Alias("flush-outbox")]
    Task FlushOutboxAsync();
}
