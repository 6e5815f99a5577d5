namespace Keel.Grains.Streaming;

/// <summary>A message row as leased by a read: its id, the attempt number that is its receipt, and the payload.</summary>
internal sealed record LeasedMessage(long Id, int Attempts, byte[] Payload);
