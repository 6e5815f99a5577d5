namespace Keel.Contracts.Messaging;

/// <summary>Marks a contract record that describes something that happened.</summary>
public interface IEvent;
