namespace Keel.Grains.Email;

/// <summary>A mail ready for the transport. <paramref name="MessageId"/> is stable, so a retry replaces rather than duplicates.</summary>
public sealed record OutgoingMail(string MessageId, string To, string Subject, string TextBody, DateTimeOffset Date);
