namespace Keel.Grains.Interfaces;

/// <summary>Marks a contract record that describes something that happened.</summary>
public interface IEvent;
