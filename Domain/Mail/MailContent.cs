namespace Keel.Domain.Mail;

/// <summary>The words of a mail: subject and plain-text body.</summary>
public sealed record MailContent(string Subject, string TextBody);
