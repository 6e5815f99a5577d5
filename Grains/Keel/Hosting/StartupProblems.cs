using System.Text.RegularExpressions;

namespace Keel.Grains.Hosting;

/// <summary>Recognizes start-up mistakes in what a host threw, and says each in one line.</summary>
public static partial class StartupProblems
{
    /// <summary>Names the HTTP settings in messages about the HTTP port.</summary>
    public const string HttpSettings = "ASPNETCORE_URLS (--urls, Kestrel:Endpoints)";

    /// <summary>The line after <c>Keel could not start: </c>, or null when <paramref name="exception"/> is no start-up mistake (a bug).</summary>
    public static string? Describe(Exception? exception) => exception switch
    {
        null => null,
        KeelStartupException problem => problem.Message,
        _ when HttpPortInUse().Match(exception.Message) is { Success: true } match =>
            $"{HttpSettings}: {match.Groups["address"].Value} is in use by another process; " +
            "choose a free port (ASPNETCORE_URLS=http://127.0.0.1:5080 or --urls), or stop the process that holds it.",
        InvalidOperationException when UnreadableSetting().Match(exception.Message) is { Success: true } match =>
            $"{match.Groups["key"].Value}: {(match.Groups["value"].Success ? $"'{match.Groups["value"].Value}'" : "the value")} " +
            $"cannot be read as {Simple(match.Groups["type"].Value)}; correct it.",
        AggregateException many => many.InnerExceptions.Select(Describe).FirstOrDefault(line => line is not null),
        _ => Describe(exception.InnerException),
    };

    private static string Simple(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.TimeSpan" => "a duration (hh:mm:ss)",
        "System.Boolean" => "true or false",
        _ => type,
    };

    // Kestrel: "Failed to bind to address http://127.0.0.1:5080: address already in use."
    [GeneratedRegex(@"^Failed to bind to address (?<address>\S+): address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex HttpPortInUse();

    // Microsoft.Extensions.Configuration.Binder: "Failed to convert configuration value ['x' ]at 'Key' to type 'T'."
    [GeneratedRegex(@"^Failed to convert configuration value (?:'(?<value>.*)' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex UnreadableSetting();
}
