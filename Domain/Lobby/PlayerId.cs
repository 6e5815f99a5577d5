namespace Keel.Domain.Lobby;

/// <summary>Identifies a player: 1 to 64 letters, digits, '-', '_' or '.' (a user id, as authentication gives it).</summary>
public sealed record PlayerId : IValue<string>
{
    public const int MaxLength = 64;

    private PlayerId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out PlayerId id)
    {
        id = null!;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return false;
        }
        id = new PlayerId(text);
        return true;
    }

    public static PlayerId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a player id.");

    public override string ToString() => Value;
}
