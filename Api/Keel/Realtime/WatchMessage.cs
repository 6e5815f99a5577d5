namespace Keel.Api.Realtime;

/// <summary>One message to a watching client: its name (the SSE event), its data, and its id — the point to resume from — if it has one.</summary>
public sealed record WatchMessage(string Event, object Data, string? Id = null);
