namespace Keel.Grains.Streaming;

/// <summary>What a receiver remembers about a leased message until it is acknowledged or given up.</summary>
/// <param name="Id">Row id in keel_stream_messages.</param>
/// <param name="Attempts">Attempt number of this lease; acknowledging or failing a row leased again since does nothing.</param>
/// <param name="LeasedAt">When the row was leased.</param>
internal sealed record MessageReceipt(long Id, int Attempts, DateTimeOffset LeasedAt)
{
    /// <summary>The failure handler gave up on this delivery: never acknowledge or renew it.</summary>
    public bool Failed { get; set; }

    /// <summary>When the lease should next be extended (while the message is still in the agent's cache).</summary>
    public DateTimeOffset RenewAt { get; set; }

    /// <summary>When the entry is dropped even if Orleans never reports on it.</summary>
    public DateTimeOffset ForgetAfter { get; set; }
}
