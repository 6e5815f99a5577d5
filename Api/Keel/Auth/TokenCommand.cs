using System.Globalization;
using Keel.Grains.Hosting;

namespace Keel.Api.Auth;

/// <summary>
/// <c>dotnet run --project Api -- token --user ID [--role admin] [--hours 8]</c>: prints a bearer token (and nothing
/// else, so scripts can capture it) signed with the key the Api checks in this environment.
/// </summary>
public static class TokenCommand
{
    public const string Name = "token";

    private const string Usage = "usage: token --user <user id> [--role <role>]... [--hours <lifetime, default 8>]";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args)
    {
        string? user = null;
        var roles = new List<string>();
        var hours = 8.0;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--user" when value is not null:
                    user = value;
                    i++;
                    break;
                case "--role" when value is not null:
                    roles.Add(value);
                    i++;
                    break;
                case "--hours" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out hours) && hours > 0:
                    i++;
                    break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        if (string.IsNullOrWhiteSpace(user))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        // The Api's own folder, as the Api reads it: its appsettings.json may hold the key settings.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = KeelHost.ContentRoot([]) });
        AuthSettings settings;
        try
        {
            settings = AuthSettings.Read(builder.Configuration, builder.Environment);
        }
        catch (KeelStartupException problem)
        {
            Console.Error.WriteLine($"Keel cannot print a token: {problem.Message}");
            return 1;
        }
        if (TimeSpan.FromHours(hours) > settings.MaxTokenLifetime)
        {
            Console.Error.WriteLine($"Keel cannot print a token: --hours {hours} is longer than {AuthSettings.MaxTokenLifetimeKey} ({settings.MaxTokenLifetime}), so the Api would refuse it.");
            return 1;
        }
        if (settings.SigningKey is null)
        {
            Console.Error.WriteLine("Keel:Auth:Authority is set: tokens come from that identity provider, not from Keel.");
            return 1;
        }
        Console.WriteLine(Tokens.Create(settings, user, roles, TimeSpan.FromHours(hours), DateTime.UtcNow));
        return 0;
    }
}
