namespace Keel.Domain.Users;

/// <summary>
/// The proof that a registrant controls their address: a code that only the welcome mail carries, <see cref="Length"/>
/// characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 128 bits — never guessed, whatever the rate
/// of tries. The host draws it; Domain checks its form and compares it (in upper case, in constant time). Its
/// <see cref="ToString"/> hides it, so a record that holds one never prints it into a log line.
/// </summary>
public sealed record ConfirmationCode : IValue<string>
{
    public const int Length = 26;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private ConfirmationCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out ConfirmationCode code, out string error)
    {
        code = null!;
        var candidate = text?.Trim().ToUpperInvariant() ?? "";
        error = candidate.Length == Length && candidate.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? ""
            : $"A confirmation code has {Length} characters from {Alphabet}, as the welcome mail shows it.";
        if (error.Length > 0)
        {
            return false;
        }
        code = new ConfirmationCode(candidate);
        return true;
    }

    public static ConfirmationCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Whether <paramref name="other"/> is this code, compared in time that does not depend on where they differ.</summary>
    public bool Matches(ConfirmationCode other)
    {
        var difference = 0;
        for (var i = 0; i < Length; i++)
        {
            difference |= Value[i] ^ other.Value[i];
        }
        return difference == 0;
    }

    public override string ToString() => "<confirmation code>";
}
