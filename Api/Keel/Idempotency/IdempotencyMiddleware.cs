using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Keel.Api.Edge;
using Keel.Grains.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Keel.Api.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on a POST: the first request with a key runs and its outcome (status, <c>Location</c>, body)
/// is kept; a repeat with the same body gets that outcome again without running the command, on any Api, after a
/// restart; a repeat with another body gets 422. An outcome of 5xx is not kept: the key is released for the retry.
/// </summary>
internal sealed class IdempotencyMiddleware(
    RequestDelegate next,
    IIdempotencyStore store,
    IOptions<IdempotencySettings> options,
    TimeProvider clock,
    ILogger<IdempotencyMiddleware> logger)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>A request without a key passes straight on (no state machine of this middleware lives as long as a stream).</summary>
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint() is not null
            && context.Request.Headers.TryGetValue(IdempotencySettings.Header, out var values)
            ? KeyedAsync(context, values)
            : next(context);

    private async Task KeyedAsync(HttpContext context, StringValues values)
    {
        if (values.Count != 1 || !IdempotencySettings.IsValidKey(values[0]))
        {
            await Problems.Invalid(IdempotencySettings.Header,
                $"An {IdempotencySettings.Header} is 1 to {IdempotencySettings.MaxKeyLength} printable ASCII characters, sent once (a UUID is a good choice).")
                .ExecuteAsync(context);
            return;
        }
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var request = new KeyedRequest(
            ScopeOf(context), values[0]!, await FingerprintAsync(context.Request), now,
            now + settings.Lease, now + settings.Expiry);
        switch (await store.ClaimAsync(request, context.RequestAborted))
        {
            case IdempotencyClaim.Held held when !held.IsFor(request):
                await Problems.Of(StatusCodes.Status422UnprocessableEntity, "idempotency.key-reused",
                    $"This {IdempotencySettings.Header} was used for a different request (another body or target); use a new key for a new request.")
                    .ExecuteAsync(context);
                return;
            case IdempotencyClaim.Completed done:
                await ReplayAsync(context, done.Response);
                return;
            case IdempotencyClaim.Running:
                context.Response.Headers.RetryAfter = "1";
                await Problems.Of(StatusCodes.Status409Conflict, "idempotency.in-progress",
                    $"A request with this {IdempotencySettings.Header} is still running; retry shortly to get its outcome.")
                    .ExecuteAsync(context);
                return;
        }
        await RunAsync(context, request);
    }

    private async Task RunAsync(HttpContext context, KeyedRequest request)
    {
        IdempotentRequest.Mark(context, request);
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        // The aggregate the command reaches records the request with its events: a run of it again (after a time-out
        // that committed, a crash before the outcome was stored, a lost outcome) decides nothing the second time.
        Causation.SetRequest(IdempotentRequest.CauseOf(request));
        try
        {
            await next(context);
        }
        catch
        {
            await ReleaseQuietlyAsync(request);
            throw;
        }
        finally
        {
            Causation.Clear();
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode < StatusCodes.Status500InternalServerError)
        {
            var outcome = new StoredResponse(response.StatusCode, response.Headers.Location.FirstOrDefault(), response.ContentType, buffer.ToArray());
            try
            {
                await store.CompleteAsync(request, outcome, CancellationToken.None);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
            {
                // The command's outcome stands; a retry after the lease runs it again, and its aggregate, which recorded
                // this request with its events, decides nothing the second time (it answers with its current state).
                logger.LogWarning("The outcome of {Header} {Key} was not stored: {Reason}",
                    IdempotencySettings.Header, IdempotencySettings.Describe(request.Key), ex.Message);
            }
        }
        else
        {
            await ReleaseQuietlyAsync(request);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task ReleaseQuietlyAsync(KeyedRequest request)
    {
        try
        {
            await store.ReleaseAsync(request, CancellationToken.None);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
        {
            logger.LogDebug(ex, "{Header} {Key} stays claimed until its lease ends", IdempotencySettings.Header, IdempotencySettings.Describe(request.Key));
        }
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.Status;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }
        response.Headers[ReplayedHeader] = "true";
        response.ContentLength = stored.Body.Length;
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    /// <summary>
    /// Whose keys these are: the token's <c>sub</c>; without a token, the client's address
    /// (<see cref="ClientIdentity"/>), which a client cannot choose, so two anonymous clients never share a key.
    /// </summary>
    public static string ScopeOf(HttpContext context) =>
        Callers.IdOf(context.User) ?? $"{KeelAuth.Anonymous}:{ClientIdentity.Of(context)}";

    private static async Task<byte[]> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                hash.AppendData(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
