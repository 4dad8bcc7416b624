using System.Diagnostics;

namespace EventSystem.Testing;

/// <summary>Waits for a condition with a deadline instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Polls <paramref name="condition"/> until it holds.</summary>
    /// <exception cref="TimeoutException">
    /// It did not hold within <paramref name="timeout"/>; the message includes <paramref name="describe"/>'s text.
    /// </exception>
    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(() => Task.FromResult(condition()), timeout, describe);
    }

    /// <summary>Polls the asynchronous <paramref name="condition"/> until it holds.</summary>
    /// <exception cref="TimeoutException">
    /// It did not hold within <paramref name="timeout"/>; the message includes <paramref name="describe"/>'s text.
    /// </exception>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(describe);
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed >= timeout)
            {
                throw new TimeoutException(
                    $"Condition not met within {timeout.TotalMilliseconds:0} ms: {describe()}");
            }

            await Task.Delay(PollInterval);
        }
    }
}
