namespace EventSystem.Benchmarks;

/// <summary>
/// One saturating round: the rate, and when the sender's last send completed compared with the last arrival, which
/// tells whether the sending or the receiving side set the pace; and the CPU time each event cost this process
/// (both nodes) and redis-server.
/// </summary>
internal sealed record ThroughputSample(
    double EventsPerSecond, TimeSpan SendersDone, TimeSpan LastArrival, double ClientCpuMicroseconds,
    double? RedisCpuMicroseconds);
