namespace EventSystem.Generators.Benchmarks;

/// <summary>Repeated measurements of one case, in milliseconds.</summary>
internal sealed record Timing(IReadOnlyList<double> Milliseconds)
{
    public double Median => Sorted[Sorted.Count / 2];

    public double Min => Sorted[0];

    private List<double> Sorted => [.. Milliseconds.Order()];

    public override string ToString() => $"{Median:0.0} ({Min:0.0})";
}
