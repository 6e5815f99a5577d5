namespace Keel.Streaming.Tests;

public static class TestStreams
{
    public const string Provider = "pg";
    public const string Namespace = "keel-test";
}
