namespace Keel.Domain.Users;

/// <summary>
/// A syntactically valid e-mail address: trimmed, with the domain part lower-cased, and the local part in the case it
/// was written in — that is where mail goes, since RFC 5321 leaves the local part's case to the receiving server. Its
/// identity is <see cref="Canonical"/>, the whole address in lower case: addresses that differ only in case are one
/// address (equal, one account, one mailbox), so <c>Leaky.Person@</c> and <c>leaky.person@</c> cannot be two users.
/// </summary>
public sealed record EmailAddress : IValue<string>
{
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;

    private EmailAddress(string value)
    {
        Value = value;
        // Every character of a valid address is ASCII, so this is plain ASCII lower-casing, the same in every culture.
        Canonical = value.ToLowerInvariant();
    }

    /// <summary>The address as written (trimmed, domain lower-cased): what is shown and where mail is delivered.</summary>
    public string Value { get; }

    /// <summary>The address's identity, the whole address lower-cased: what it is compared and keyed by.</summary>
    public string Canonical { get; }

    /// <summary>The canonical spelling of a key that holds an address (as an earlier build stored it); another key stays as it is.</summary>
    public static string CanonicalKey(string key) => TryParse(key, out var address, out _) ? address.Canonical : key;

    public bool Equals(EmailAddress? other) => other is not null && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    public static bool TryParse(string? text, out EmailAddress email, out string error)
    {
        email = null!;
        var candidate = text?.Trim() ?? "";
        error = Check(candidate);
        if (error.Length > 0)
        {
            return false;
        }
        var at = candidate.LastIndexOf('@');
        email = new EmailAddress(string.Concat(candidate.AsSpan(0, at + 1), candidate[(at + 1)..].ToLowerInvariant()));
        return true;
    }

    public static EmailAddress Parse(string text) =>
        TryParse(text, out var email, out var error) ? email : throw new FormatException(error);

    public override string ToString() => Value;

    private static string Check(string candidate)
    {
        if (candidate.Length == 0)
        {
            return "An e-mail address is required.";
        }
        if (candidate.Length > MaxLength)
        {
            return $"An e-mail address has at most {MaxLength} characters.";
        }
        var at = candidate.IndexOf('@');
        if (at <= 0 || at != candidate.LastIndexOf('@') || at == candidate.Length - 1)
        {
            return "An e-mail address has the form local@domain.";
        }
        var local = candidate.AsSpan(0, at);
        var domain = candidate.AsSpan(at + 1);
        if (local.Length > MaxLocalLength || !IsDotAtom(local, IsLocalChar))
        {
            return "The part before '@' is not a valid mailbox name.";
        }
        if (!IsDotAtom(domain, IsDomainChar) || !domain.Contains('.') || !AreValidLabels(domain))
        {
            return "The part after '@' is not a valid domain name.";
        }
        return "";
    }

    private static bool IsDotAtom(ReadOnlySpan<char> text, Func<char, bool> allowed)
    {
        if (text.IsEmpty || text[0] == '.' || text[^1] == '.' || text.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c != '.' && !allowed(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AreValidLabels(ReadOnlySpan<char> domain)
    {
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".Contains(c, StringComparison.Ordinal);

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
