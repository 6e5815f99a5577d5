using System.Collections.Concurrent;
using System.Reflection;
using Keel.Grains.Interfaces.Wire;

namespace Keel.Api.Input;

/// <summary>
/// Answers a request whose input did not parse into Domain values with one 400 problem naming every invalid field:
/// those <see cref="InputValues"/> refused while the body was read, and required values the body did not carry.
/// </summary>
internal sealed class InputFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Required = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = InputErrors.Collected ?? [];
        foreach (var argument in context.Arguments)
        {
            if (argument is null)
            {
                continue;
            }
            foreach (var property in Required.GetOrAdd(argument.GetType(), RequiredValues))
            {
                var field = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                if (property.GetValue(argument) is null && !errors.ContainsKey(field))
                {
                    errors[field] = [InputValues.MissingMessage(property.PropertyType, field)];
                }
            }
        }
        return errors.Count > 0 ? Problems.Invalid(errors) : await next(context);
    }

    /// <summary>
    /// The properties of a request body that hold a Domain value and may not be null. A context of its own per type: a
    /// <see cref="NullabilityInfoContext"/> caches without locks, and the first requests of a type may come at once.
    /// </summary>
    private static PropertyInfo[] RequiredValues(Type type)
    {
        if (type.Namespace?.StartsWith("Keel.", StringComparison.Ordinal) != true)
        {
            return [];
        }
        var nullability = new NullabilityInfoContext();
        return [.. type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => !p.PropertyType.IsValueType && DomainWire.ShapeOf(p.PropertyType).Kind == WireKind.Value
                && nullability.Create(p).ReadState == NullabilityState.NotNull)];
    }
}
