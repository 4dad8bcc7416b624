namespace EventSystem.Benchmarks;

/// <summary>Send-to-handler latency of one paced round, in microseconds.</summary>
internal sealed record LatencySummary(double P50, double P99, double Max)
{
    public static LatencySummary From(long[] ticks)
    {
        Array.Sort(ticks);
        return new LatencySummary(Microseconds(ticks, 0.50), Microseconds(ticks, 0.99), Microseconds(ticks, 1.0));
    }

    private static double Microseconds(long[] sorted, double quantile)
    {
        var index = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        var ticks = sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        return ticks * 1_000_000.0 / System.Diagnostics.Stopwatch.Frequency;
    }
}
