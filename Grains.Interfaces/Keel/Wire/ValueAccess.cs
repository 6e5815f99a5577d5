using System.Linq.Expressions;
using System.Reflection;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>Compiled access to a Domain value: the value it wraps, and the value restored from it.</summary>
public sealed class ValueAccess<T, TValue>
{
    public ValueAccess(WireShape shape)
    {
        var value = Expression.Parameter(typeof(T));
        Get = Expression.Lambda<Func<T, TValue>>(
            Expression.Property(Expression.Convert(value, shape.ValueProperty!.DeclaringType!), shape.ValueProperty), value).Compile();
        var raw = Expression.Parameter(typeof(TValue));
        Restore = Expression.Lambda<Func<TValue, T>>(shape.Restore switch
        {
            MethodInfo factory => Expression.Call(factory, raw),
            ConstructorInfo constructor => Expression.New(constructor, raw),
            _ => throw new InvalidOperationException($"{typeof(T)} cannot be restored."),
        }, raw).Compile();
    }

    public Func<T, TValue> Get { get; }

    public Func<TValue, T> Restore { get; }
}
