using System.Reflection;

namespace Keel.Api.Http;

/// <summary>
/// Marks a service's endpoint class (<c>{Resource}Endpoints</c> with <c>Map{Resource}Endpoints</c>): Keel maps every
/// marked class under <c>/api/v1</c> at start, so adding a service edits no generic code.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ServiceEndpointsAttribute : Attribute
{
    /// <summary>Calls <c>Map{Resource}Endpoints</c> of every marked class in <paramref name="assembly"/>, in name order.</summary>
    public static void MapAll(IEndpointRouteBuilder api, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t.IsDefined(typeof(ServiceEndpointsAttribute))).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var name = $"Map{type.Name}";
            var map = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(IEndpointRouteBuilder)])
                ?? throw new InvalidOperationException($"{type.FullName} is marked [ServiceEndpoints] but has no public static {name}(IEndpointRouteBuilder).");
            map.Invoke(null, [api]);
        }
    }
}
