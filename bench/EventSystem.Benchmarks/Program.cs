using System.Diagnostics;
using System.Globalization;
using EventSystem.Benchmarks;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
using var privateServer = options.Redis is null ? await PrivateRedisServer.StartAsync() : null;
var redis = options.Redis ?? privateServer!.ConnectionString;
Console.WriteLine("## Environment");
Console.WriteLine(await EnvironmentReport.DescribeAsync(redis, privateServer is not null));

var run = Guid.NewGuid().ToString("N")[..8];
await using var raw = await RawRedisPair.StartAsync(redis, $"bench.raw.{run}");
await using var ours = await EventSystemPair.StartAsync(redis, $"bench.ours.{run}");
var cpu = new CpuMeter(privateServer?.ProcessId);
var padding = BenchPayload.PaddingFor(Stopwatch.GetTimestamp());
IMessagingPair[] pairs = [raw, ours];
var results = new Dictionary<IMessagingPair, RoundResults> { [raw] = new(), [ours] = new() };

Console.WriteLine("\n## Rounds");
foreach (var pair in pairs)
{
    // Long enough for tiered compilation to settle on optimized code in both contenders.
    await ThroughputMeasurement.RunAsync(pair, options.Quick ? 20_000 : 100_000, options.Window, padding, cpu);
    await LatencyMeasurement.RunAsync(pair, options.Rate, options.Quick ? 0.3 : 1, padding);
}

Console.WriteLine($"warm-up done; wire bytes per event sent alone: raw {raw.WireBytesPerEvent}, "
    + $"ours {ours.WireBytesPerEvent}");
for (var round = 0; round < options.Rounds; round++)
{
    foreach (var pair in round % 2 == 0 ? pairs : pairs.Reverse())
    {
        Settle();
        var sample = await ThroughputMeasurement.RunAsync(pair, options.Events, options.Window, padding, cpu);
        results[pair].Throughput.Add(sample.EventsPerSecond);
        Console.WriteLine($"round {round + 1} throughput {pair.Name,-4}: {sample.EventsPerSecond,10:N0} events/s "
            + $"(sends done {sample.SendersDone.TotalMilliseconds:N0} ms, last arrival "
            + $"{sample.LastArrival.TotalMilliseconds:N0} ms; CPU per event: client "
            + $"{sample.ClientCpuMicroseconds:0.0} µs, redis {sample.RedisCpuMicroseconds:0.0} µs)");
    }
}

for (var round = 0; round < options.Rounds; round++)
{
    foreach (var pair in round % 2 == 0 ? pairs : pairs.Reverse())
    {
        Settle();
        var latency = await LatencyMeasurement.RunAsync(pair, options.Rate, options.Seconds, padding);
        results[pair].Latency.Add(latency);
        Console.WriteLine($"round {round + 1} latency    {pair.Name,-4}: p50 {latency.P50,7:N0} µs, "
            + $"p99 {latency.P99,7:N0} µs, max {latency.Max,8:N0} µs");
    }
}

var statistics = ours.ReceiverStatistics;
Console.WriteLine($"ours receiver: received {statistics.Received:N0}, missed {statistics.MissedEvents}, "
    + $"dropped {statistics.DroppedTotal}");
Console.WriteLine($"\n## Results (median of {options.Rounds} round(s) each)");
Console.WriteLine(ResultTable.Render(results[raw], results[ours], options));
return statistics.MissedEvents == 0 && statistics.DroppedTotal == 0 ? 0 : 1;

static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    Thread.Sleep(200);
}
