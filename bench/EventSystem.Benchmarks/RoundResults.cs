namespace EventSystem.Benchmarks;

/// <summary>Every round's numbers for one contender; the table reports their medians.</summary>
internal sealed class RoundResults
{
    public List<double> Throughput { get; } = [];

    public List<LatencySummary> Latency { get; } = [];

    public double MedianThroughput => Median(Throughput);

    public double MedianP50 => Median(Latency.ConvertAll(l => l.P50));

    public double MedianP99 => Median(Latency.ConvertAll(l => l.P99));

    public double MedianMax => Median(Latency.ConvertAll(l => l.Max));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
