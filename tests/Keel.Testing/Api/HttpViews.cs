namespace Keel.Testing;

/// <summary>A mail as an HTTP client reads it from <c>GET /api/v1/email/messages</c>.</summary>
public sealed record MailView(string Id, string To, string Subject, string Kind, DateTimeOffset SentAt);

/// <summary>A user as an HTTP client reads it from <c>GET /api/v1/users/{userId}</c>.</summary>
public sealed record UserView(Guid UserId, string Email, string Name, DateTimeOffset RegisteredAt);

/// <summary>How the Api writes JSON (web defaults, enums and Domain values as strings): what tests read its bodies with.</summary>
public static class HttpJson
{
    public static System.Text.Json.JsonSerializerOptions Options { get; } = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(), new Keel.Grains.Interfaces.Wire.ValueJsonConverter() },
    };
}
