namespace Keel.Architecture.Tests.Samples.Scanned;

#pragma warning disable CA1812, CA1822, CA1031, CA1064, CA1032, CA2201, CS0649 // samples: read, never run
public class InBase;
public interface IInInterface;
[AttributeUsage(AttributeTargets.All)]
public sealed class InAttributeAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}
public sealed class InTypeof;
public sealed class InField;
public sealed class InProperty;
public sealed class InParameter;
public sealed class InReturn;
public sealed class InBody
{
    public static int Count() => 1;
}
public sealed class InLambda
{
    public static int Count() => 1;
}
public sealed class InAsync
{
    public static Task<int> CountAsync() => Task.FromResult(1);
}
public sealed class InCatchException : Exception;
public sealed class InGenericArgument;

/// <summary>Uses each In* type in exactly one place, so the scanner must look in every place to find them all.</summary>
[InAttribute(typeof(InTypeof))]
public sealed class UsesEverywhere : InBase, IInInterface
{
    private readonly InField? _field;

    public InProperty? Property { get; set; }

    public InReturn? Take(InParameter parameter) => parameter is null ? null : null;

    public int Body() => InBody.Count() + (_field is null ? 0 : 1);

    public Func<int> Lambda() => () => InLambda.Count();

    public async Task<int> AsyncAsync() => await InAsync.CountAsync();

    public static int Catch()
    {
        try
        {
            return 0;
        }
        catch (InCatchException)
        {
            return 1;
        }
    }

    public static int Generic() => new List<InGenericArgument>().Count;
}
#pragma warning restore CA1812, CA1822, CA1031, CA1064, CA1032, CA2201, CS0649
