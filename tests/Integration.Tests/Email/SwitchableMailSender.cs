using System.Collections.Concurrent;
using Keel.Grains.Email;

namespace Keel.Integration.Tests;

/// <summary>A mail transport that can be broken and mended, and that counts every successful hand-over.</summary>
public sealed class SwitchableMailSender : IMailSender
{
    private readonly ConcurrentQueue<OutgoingMail> _sent = new();

    private volatile bool _broken;

    public bool Broken
    {
        get => _broken;
        set => _broken = value;
    }

    public IReadOnlyList<OutgoingMail> Sent => [.. _sent];

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        if (Broken)
        {
            throw new InvalidOperationException("The mail relay refused the connection.");
        }
        _sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
