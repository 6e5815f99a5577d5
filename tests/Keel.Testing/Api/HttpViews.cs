namespace Keel.Testing;

/// <summary>A mail as an HTTP client reads it from <c>GET /api/v1/email/messages</c>.</summary>
public sealed record MailView(string Id, string To, string Subject, string Kind, DateTimeOffset SentAt);

/// <summary>A user as an HTTP client reads it from <c>GET /api/v1/users/{userId}</c>.</summary>
public sealed record UserView(Guid UserId, string Email, string Name, DateTimeOffset RegisteredAt);
