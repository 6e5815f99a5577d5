namespace Keel.Domain.Users;

/// <summary>Identifies a user. Never empty.</summary>
public readonly record struct UserId : IValue<Guid>
{
    private UserId(Guid value) => Value = value;

    public Guid Value { get; }

    public static UserId From(Guid value) =>
        value == Guid.Empty ? throw new ArgumentException("A user id is never empty.", nameof(value)) : new(value);

    public static bool TryParse(string? text, out UserId id)
    {
        id = default;
        if (!Guid.TryParseExact(text, "D", out var value) || value == Guid.Empty)
        {
            return false;
        }
        id = new UserId(value);
        return true;
    }

    public override string ToString() => Value.ToString("D");
}
