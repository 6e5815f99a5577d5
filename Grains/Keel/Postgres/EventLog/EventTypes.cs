using System.Collections.Concurrent;
using System.Reflection;
using Keel.Grains.Interfaces;

namespace Keel.Grains.Postgres.EventLog;

/// <summary>An event's contract alias (<c>keel.users.user-registered.v1</c>), stored beside its payload so operators can read the log.</summary>
internal static class EventTypes
{
    private static readonly ConcurrentDictionary<Type, string> Aliases = new();

    public static string AliasOf(IEvent @event) => Aliases.GetOrAdd(@event.GetType(), type =>
        type.GetCustomAttribute<AliasAttribute>()?.Alias ?? type.FullName ?? type.Name);
}
