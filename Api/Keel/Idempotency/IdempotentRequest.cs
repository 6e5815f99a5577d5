using System.Security.Cryptography;
using System.Text;

namespace Keel.Api.Idempotency;

/// <summary>
/// What an endpoint may ask about a keyed request: an id derived from the key and the request, so that running the same
/// command again (after its reply was lost) addresses the same aggregate, whose decider treats the repeat as a no-op.
/// </summary>
public static class IdempotentRequest
{
    private static readonly object ItemKey = new();

    internal static void Mark(HttpContext context, KeyedRequest request) => context.Items[ItemKey] = request;

    /// <summary>The request as the aggregates it reaches record it (<c>Causation</c>): a digest, never the key itself.</summary>
    internal static string CauseOf(KeyedRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"cause\n{request.Scope}\n{request.Key}\n{Convert.ToHexString(request.Fingerprint)}")).AsSpan(0, 16));

    /// <summary>A new id for what this request creates: derived from its key when it has one, else fresh (UUID v7).</summary>
    public static Guid NewId(HttpContext context, TimeProvider clock, string purpose)
    {
        if (context.Items[ItemKey] is not KeyedRequest keyed)
        {
            return Guid.CreateVersion7(clock.GetUtcNow());
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}\n{keyed.Scope}\n{keyed.Key}\n{Convert.ToHexString(keyed.Fingerprint)}"));
        // An RFC 9562 version 8 (custom) UUID: the first 16 bytes of the hash with the version and variant bits set.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
