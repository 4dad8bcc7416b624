using System.Diagnostics;

namespace EventSystem.Testing.Tests;

public class EventuallyTests
{
    [Fact]
    public async Task Returns_once_the_condition_holds()
    {
        var clock = Stopwatch.StartNew();

        await Eventually.UntilAsync(
            () => clock.ElapsedMilliseconds >= 50, TimeSpan.FromSeconds(5), () => "50 ms to pass");

        Assert.InRange(clock.ElapsedMilliseconds, 50, 4_000);
    }

    [Fact]
    public async Task Timeout_message_includes_the_description()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => Eventually.UntilAsync(
            () => false, TimeSpan.FromMilliseconds(50), () => "received 3 of 5 events"));

        Assert.Contains("received 3 of 5 events", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asynchronous_condition_is_polled_until_it_holds()
    {
        var calls = 0;

        await Eventually.UntilAsync(
            async () =>
            {
                await Task.Yield();
                return Interlocked.Increment(ref calls) >= 3;
            },
            TimeSpan.FromSeconds(5),
            () => $"{calls} calls");

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Asynchronous_condition_that_never_holds_times_out_with_the_description()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => Eventually.UntilAsync(
            () => Task.FromResult(false), TimeSpan.FromMilliseconds(50), () => "subscriber never reconnected"));

        Assert.Contains("subscriber never reconnected", error.Message, StringComparison.Ordinal);
    }
}
