namespace Keel.Grains.Email;

/// <summary>Settings under <c>Keel:Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Keel:Mail";

    /// <summary>The sender address on every mail.</summary>
    public string From { get; set; } = "Keel <no-reply@keel.localhost>";

    /// <summary>Where the pickup-directory transport drops one <c>.eml</c> file per mail; a temp folder when empty.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public string ResolvePickupDirectory() =>
        string.IsNullOrWhiteSpace(PickupDirectory) ? Path.Combine(Path.GetTempPath(), "keel-mail") : PickupDirectory;
}

/// <summary>Settings under <c>Keel:Mail:Smtp</c>; the SMTP transport is used when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Require TLS (STARTTLS or implicit); off only for local relays.</summary>
    public bool UseTls { get; set; } = true;
}
