using System.Diagnostics;

namespace EventSystem.Benchmarks;

/// <summary>
/// Paced latency: a dedicated thread sends at a fixed rate, timed by spinning on the stopwatch (timers are far too
/// coarse for 100 µs gaps); each arrival records now minus the send time carried in the payload.
/// </summary>
internal static class LatencyMeasurement
{
    private static readonly TimeSpan ArrivalDeadline = TimeSpan.FromSeconds(30);
    private static readonly long YieldThreshold = Stopwatch.Frequency / 50_000;

    public static async Task<LatencySummary> RunAsync(IMessagingPair pair, int rate, double seconds, string padding)
    {
        var events = Math.Max(1, (int)(rate * seconds));
        var latencies = new long[events];
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pair.OnArrival(payload =>
        {
            var latency = Stopwatch.GetTimestamp() - payload.SentAt;
            var index = Interlocked.Increment(ref arrived) - 1;
            if (index < events)
            {
                latencies[index] = latency;
            }

            if (index == events - 1)
            {
                allArrived.TrySetResult();
            }
        });

        var sends = new Task[events];
        var pacer = new Thread(() => Pace(pair, sends, rate, padding))
        {
            IsBackground = true,
            Name = "pacer",
        };
        pacer.Start();
        pacer.Join();
        try
        {
            await allArrived.Task.WaitAsync(ArrivalDeadline);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{pair.Name}: only {Volatile.Read(ref arrived)} of {events} events "
                + $"arrived within {ArrivalDeadline} ({sends.Count(s => s.IsFaulted)} sends failed).");
        }

        pair.OnArrival(static _ => { });
        await Task.WhenAll(sends);
        return LatencySummary.From(latencies);
    }

    private static void Pace(IMessagingPair pair, Task[] sends, int rate, string padding)
    {
        var interval = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < sends.Length; i++)
        {
            var due = start + (long)(i * interval);
            long now;
            while ((now = Stopwatch.GetTimestamp()) < due)
            {
                if (due - now > YieldThreshold)
                {
                    Thread.Yield();
                }
                else
                {
                    Thread.SpinWait(10);
                }
            }

            sends[i] = pair.SendAsync(new BenchPayload(Stopwatch.GetTimestamp(), i, padding));
        }
    }
}
