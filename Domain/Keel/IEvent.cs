namespace Keel.Domain;

/// <summary>Marks the closed set of an aggregate's events: each case is a record describing something that happened.</summary>
public interface IEvent;
