using System.Diagnostics;

namespace EventSystem.Benchmarks;

/// <summary>
/// Saturating throughput: the sender keeps a window of sends in flight, the receiver counts arrivals; the rate is
/// the event count over the time from the first send to the last arrival.
/// </summary>
internal static class ThroughputMeasurement
{
    private static readonly TimeSpan ArrivalDeadline = TimeSpan.FromSeconds(30);

    /// <summary>Measures one round, or throws if not every event arrived.</summary>
    public static async Task<ThroughputSample> RunAsync(
        IMessagingPair pair, int events, int window, string padding, CpuMeter cpu)
    {
        var arrived = 0;
        long lastArrival = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pair.OnArrival(_ =>
        {
            if (Interlocked.Increment(ref arrived) == events)
            {
                Volatile.Write(ref lastArrival, Stopwatch.GetTimestamp());
                allArrived.TrySetResult();
            }
        });

        var inFlight = new Task[Math.Min(window, events)];
        var cpuBefore = cpu.Read();
        var firstSend = Stopwatch.GetTimestamp();
        for (var i = 0; i < events; i++)
        {
            var slot = i % inFlight.Length;
            if (inFlight[slot] is { } oldest)
            {
                await oldest;
            }

            inFlight[slot] = pair.SendAsync(new BenchPayload(Stopwatch.GetTimestamp(), i, padding));
        }

        await Task.WhenAll(inFlight);
        var sendersDone = Stopwatch.GetElapsedTime(firstSend);
        try
        {
            await allArrived.Task.WaitAsync(ArrivalDeadline);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException(
                $"{pair.Name}: only {Volatile.Read(ref arrived)} of {events} events arrived within {ArrivalDeadline}.");
        }

        var cpuAfter = cpu.Read();
        pair.OnArrival(static _ => { });
        var redisCpu = cpuAfter.Redis - cpuBefore.Redis;
        var total = Stopwatch.GetElapsedTime(firstSend, Volatile.Read(ref lastArrival));
        return new ThroughputSample(events / total.TotalSeconds, sendersDone, total,
            (cpuAfter.Client - cpuBefore.Client).TotalMicroseconds / events, redisCpu?.TotalMicroseconds / events);
    }
}
