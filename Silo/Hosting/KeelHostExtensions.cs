using Microsoft.Extensions.Hosting;

namespace Keel.Silo.Hosting;

public static class KeelHostExtensions
{
    /// <summary>Runs the host; a start-up problem an operator must fix is printed in one line and exits with code 1.</summary>
    public static int RunKeel(this IHost host)
    {
        try
        {
            host.Run();
            return 0;
        }
        catch (Exception ex) when (Find(ex) is { } problem)
        {
            Console.Error.WriteLine($"Keel could not start: {problem.Message}");
            return 1;
        }
    }

    private static KeelStartupException? Find(Exception? ex) => ex switch
    {
        null => null,
        KeelStartupException problem => problem,
        AggregateException many => many.InnerExceptions.Select(Find).FirstOrDefault(p => p is not null),
        _ => Find(ex.InnerException),
    };
}
