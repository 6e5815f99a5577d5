namespace Keel.Silo.Postgres.Streaming;

/// <summary>What a receiver remembers about a leased message until it is acknowledged or given up.</summary>
/// <param name="Id">Row id in keel_stream_messages.</param>
/// <param name="Attempts">Attempt number of this lease; acknowledging or failing a row leased again since does nothing.</param>
/// <param name="ForgetAfter">When the entry is dropped even if Orleans never reports on it.</param>
internal sealed record MessageReceipt(long Id, int Attempts, DateTimeOffset ForgetAfter)
{
    public bool Failed { get; set; }
}
