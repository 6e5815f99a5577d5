namespace Keel.Domain.Email;

/// <summary>Why a mail was sent.</summary>
public enum MailKind
{
    Welcome = 1,
}
