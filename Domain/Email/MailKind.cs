namespace Keel.Domain.Email;

/// <summary>Why a mail was sent, as a lower-case word (<c>welcome</c>).</summary>
public sealed record MailKind : IValue<string>
{
    private MailKind(string value) => Value = value;

    public static MailKind Welcome { get; } = new("welcome");

    public string Value { get; }

    public static MailKind Parse(string value) => value switch
    {
        "welcome" => Welcome,
        _ => throw new FormatException($"'{value}' is not a kind of mail."),
    };

    public override string ToString() => Value;
}
