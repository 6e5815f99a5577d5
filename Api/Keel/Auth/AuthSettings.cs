using Keel.Grains.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Api.Auth;

/// <summary>
/// Where bearer tokens come from: an OpenID Connect authority (<c>Keel:Auth:Authority</c>, keys from its metadata) or
/// a shared HMAC key (<c>Keel:Auth:SigningKey</c>, base64, at least 32 bytes). In Development, with neither set, a key
/// of this machine's own (<see cref="DevelopmentSigningKey"/>) signs the tokens <c>dotnet run --project Api -- token</c> prints.
/// </summary>
public sealed record AuthSettings(string Issuer, string Audience, string? Authority, SymmetricSecurityKey? SigningKey)
{
    public const string Section = "Keel:Auth";
    public const string IssuerKey = Section + ":Issuer";
    public const string AudienceKey = Section + ":Audience";
    public const string AuthorityKey = Section + ":Authority";
    public const string SigningKeyKey = Section + ":SigningKey";
    public const string MaxTokenLifetimeKey = Section + ":MaxTokenLifetime";
    public const string AlgorithmsKey = Section + ":Algorithms";
    public const string DefaultIssuer = "keel";
    public const string DefaultAudience = "keel-api";

    public static readonly TimeSpan DefaultMaxTokenLifetime = TimeSpan.FromHours(24);

    /// <summary>With a shared key: HMAC-SHA256 only. With an authority: its asymmetric algorithms, never HMAC or none.</summary>
    public static readonly string[] SharedKeyAlgorithms = [SecurityAlgorithms.HmacSha256];
    public static readonly string[] AuthorityAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    private const int MinimumKeyBytes = 32;

    /// <summary>The longest a token may live (<c>exp</c> from now, and from <c>iat</c>): <c>Keel:Auth:MaxTokenLifetime</c>, default 24 h.</summary>
    public TimeSpan MaxTokenLifetime { get; init; } = DefaultMaxTokenLifetime;

    /// <summary>The only signing algorithms accepted (<c>Keel:Auth:Algorithms</c>, a comma list).</summary>
    public IReadOnlyList<string> Algorithms { get; init; } = SigningKey is null ? AuthorityAlgorithms : SharedKeyAlgorithms;

    public static AuthSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = ReadKeys(configuration, environment);
        var lifetime = configuration.GetValue(MaxTokenLifetimeKey, DefaultMaxTokenLifetime);
        if (lifetime <= TimeSpan.Zero)
        {
            throw new KeelStartupException(MaxTokenLifetimeKey, $"'{configuration[MaxTokenLifetimeKey]}' is not a positive duration", "set it to a duration such as 24:00:00");
        }
        var algorithms = NonEmpty(configuration[AlgorithmsKey])?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (algorithms?.FirstOrDefault(a => a.Equals("none", StringComparison.OrdinalIgnoreCase)) is { } none)
        {
            throw new KeelStartupException(AlgorithmsKey, $"'{none}' would accept unsigned tokens", "name signing algorithms only, such as RS256,ES256");
        }
        return settings with { MaxTokenLifetime = lifetime, Algorithms = algorithms ?? settings.Algorithms };
    }

    private static AuthSettings ReadKeys(IConfiguration configuration, IHostEnvironment environment)
    {
        var issuer = NonEmpty(configuration[IssuerKey]) ?? DefaultIssuer;
        var audience = NonEmpty(configuration[AudienceKey]) ?? DefaultAudience;
        var authority = NonEmpty(configuration[AuthorityKey]);
        var encoded = NonEmpty(configuration[SigningKeyKey]);
        if (encoded is not null)
        {
            return new(issuer, audience, authority, Decode(encoded));
        }
        if (authority is not null)
        {
            return new(issuer, audience, authority, null);
        }
        if (environment.IsDevelopment())
        {
            return new(issuer, audience, null, new SymmetricSecurityKey(DevelopmentSigningKey.LoadOrCreate()));
        }
        throw new KeelStartupException(
            SigningKeyKey,
            $"neither it nor {AuthorityKey} is set, so the Api cannot check bearer tokens",
            $"set it to a base64 key of at least {MinimumKeyBytes} bytes (openssl rand -base64 32), or {AuthorityKey} to your "
            + "OpenID Connect issuer (Development uses a key of this machine)");
    }

    private static SymmetricSecurityKey Decode(string encoded)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            throw new KeelStartupException(SigningKeyKey, "is not base64", "create a key with: openssl rand -base64 32");
        }
        return bytes.Length >= MinimumKeyBytes
            ? new SymmetricSecurityKey(bytes)
            : throw new KeelStartupException(
                SigningKeyKey, $"has {bytes.Length} bytes, fewer than {MinimumKeyBytes}", "create a key with: openssl rand -base64 32");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
