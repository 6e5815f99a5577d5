using System.Collections;
using System.Diagnostics;

namespace Keel.Testing;

/// <summary>
/// Waits for an asynchronous effect, always with a deadline. A wait that runs out throws <see cref="TimeoutException"/>
/// naming what it awaited and the last value it saw: it never returns quietly, so no test goes on with a value the
/// condition rejected. Absence is not awaited at all: prove it by a positive marker that can only come after it.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Reads until <paramref name="until"/> holds and returns the value that satisfied it.</summary>
    /// <param name="what">What is awaited, for the failure message ("a welcome mail to ...").</param>
    /// <param name="describe">How to show the last value in the failure message; by default its items or its text.</param>
    public static async Task<T> GetAsync<T>(
        Func<Task<T>> read, Func<T, bool> until, TimeSpan timeout, string what, Func<T, string>? describe = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (until(value))
            {
                return value;
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"Not within {timeout.TotalSeconds:0.#} s: {what}. Last seen: {(describe ?? Describe)(value)}");
            }
            await Task.Delay(Poll);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds:0.#} s: {what}.");
            }
            await Task.Delay(Poll);
        }
    }

    /// <inheritdoc cref="HoldsAsync(Func{Task{bool}}, TimeSpan, string)"/>
    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, what);

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        HttpResponseMessage response => $"HTTP {(int)response.StatusCode} {response.StatusCode}",
        IEnumerable items => DescribeItems(items.Cast<object?>().ToList()),
        _ => value.ToString() ?? "",
    };

    private static string DescribeItems(List<object?> items) =>
        $"{items.Count} item(s) [{string.Join(", ", items.Take(10).Select(item => item?.ToString() ?? "null"))}{(items.Count > 10 ? ", ..." : "")}]";
}
