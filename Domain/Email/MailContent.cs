namespace Keel.Domain.Email;

/// <summary>The words of a mail: subject and plain-text body.</summary>
public sealed record MailContent(string Subject, string TextBody);
