namespace Keel.Streaming.Tests;

/// <summary>Marker interface of the implicit subscriber; it has no methods of its own.</summary>
public interface ITestSubscriberGrain : IGrainWithStringKey;
