using System.Collections.Concurrent;
using Keel.Grains.Email;

namespace Keel.Grains.Tests;

/// <summary>A mail transport that remembers every hand-over, so tests can count real sends.</summary>
public sealed class RecordingMailSender : IMailSender
{
    private readonly ConcurrentQueue<OutgoingMail> _sent = new();

    public IReadOnlyList<OutgoingMail> SentTo(string address) =>
        [.. _sent.Where(m => string.Equals(m.To, address, StringComparison.Ordinal))];

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
