using System.Reflection;
using System.Text;

namespace Keel.Grains.Interfaces.Wire;

/// <summary>
/// The name a Domain type travels and rests under: its <see cref="Domain.WireNameAttribute"/>, or one derived from
/// where it is declared — <c>keel.{service}.{outer}.{name}.v1</c>, kebab-cased (<c>OrderEvent.Shipped</c> in
/// <c>Keel.Domain.Shop</c> is <c>keel.shop.order-event.shipped.v1</c>).
/// </summary>
public static class WireNames
{
    private const string DomainNamespace = "Keel.Domain.";

    public static string Of(Type type) => type.GetCustomAttribute<Domain.WireNameAttribute>()?.Name ?? Derived(type);

    /// <summary>Whether <paramref name="type"/> belongs to a service of Domain (not to Keel's own part of it).</summary>
    public static bool IsServiceType(Type type) => type.Namespace?.StartsWith(DomainNamespace, StringComparison.Ordinal) == true;

    /// <summary>A rejection's stable code: its service and its name, <c>shop.out-of-stock</c>.</summary>
    public static string CodeOf(Type rejection) => $"{ServiceOf(rejection)}.{Kebab(rejection.Name)}";

    private static string ServiceOf(Type type) => type.Namespace![DomainNamespace.Length..].ToLowerInvariant();

    private static string Derived(Type type)
    {
        var service = ServiceOf(type);
        var names = new Stack<string>();
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            names.Push(Kebab(t.Name));
        }
        return $"keel.{service}.{string.Join('.', names)}.v1";
    }

    private static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
