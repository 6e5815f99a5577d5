using Keel.Grains.Interfaces.Wire;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>An event's wire name (<c>keel.users.user-registered.v1</c>), stored beside its payload so operators can read the log.</summary>
internal static class EventTypes
{
    public static string NameOf(IEvent @event) => DomainWire.ShapeOf(@event.GetType()).Name;
}
