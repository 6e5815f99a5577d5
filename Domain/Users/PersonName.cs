namespace Keel.Domain.Users;

/// <summary>A person's display name: trimmed, not empty, at most <see cref="MaxLength"/> characters, no control characters.</summary>
public sealed record PersonName : IValue<string>
{
    public const int MaxLength = 200;

    private PersonName(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out PersonName name, out string error)
    {
        name = null!;
        var candidate = text?.Trim() ?? "";
        error = candidate switch
        {
            { Length: 0 } => "A name is required.",
            { Length: > MaxLength } => $"A name has at most {MaxLength} characters.",
            _ when candidate.Any(char.IsControl) => "A name has no control characters.",
            _ => "",
        };
        if (error.Length > 0)
        {
            return false;
        }
        name = new PersonName(candidate);
        return true;
    }

    public static PersonName Parse(string text) =>
        TryParse(text, out var name, out var error) ? name : throw new FormatException(error);

    public override string ToString() => Value;
}
