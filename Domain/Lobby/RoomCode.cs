namespace Keel.Domain.Lobby;

/// <summary>
/// The short code of a friends room: <see cref="Length"/> characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L). Codes are compared in upper case.
/// </summary>
public sealed record RoomCode
{
    public const int Length = 6;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>How many different codes there are; <see cref="From"/> maps 0 to this number (exclusive) onto them.</summary>
    public static readonly int Count = (int)Math.Pow(Alphabet.Length, Length);

    private RoomCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The code numbered <paramref name="number"/>: the host draws the number at random, Domain only spells it.</summary>
    public static RoomCode From(int number)
    {
        if (number < 0 || number >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"A room code number is in [0, {Count}).");
        }
        Span<char> chars = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[number % Alphabet.Length];
            number /= Alphabet.Length;
        }
        return new RoomCode(new string(chars));
    }

    public static bool TryParse(string? text, out RoomCode code)
    {
        code = null!;
        var candidate = text?.ToUpperInvariant() ?? "";
        if (candidate.Length != Length || !candidate.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }
        code = new RoomCode(candidate);
        return true;
    }

    public override string ToString() => Value;
}
