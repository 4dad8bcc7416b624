using System.Globalization;
using System.Text;

namespace EventSystem.Benchmarks;

/// <summary>The markdown table: raw, ours, and ours/raw per metric, with the target each must meet.</summary>
internal static class ResultTable
{
    public static string Render(RoundResults raw, RoundResults ours, BenchmarkOptions options)
    {
        var table = new StringBuilder();
        table.AppendLine("| metric | raw | ours | ours/raw | target | met |");
        table.AppendLine("|---|---:|---:|---:|---|---|");
        var throughputRatio = ours.MedianThroughput / raw.MedianThroughput;
        Row(table, $"throughput, {options.Events:N0} events, window {options.Window:N0} (events/s)",
            raw.MedianThroughput, ours.MedianThroughput, "N0", "ours >= 1.0x raw", throughputRatio >= 1.0);
        var paced = $"{options.Rate:N0}/s for {options.Seconds:0.#} s";
        Row(table, $"latency p50 at {paced} (µs)", raw.MedianP50, ours.MedianP50, "N0", string.Empty, null);
        Row(table, $"latency p99 at {paced} (µs)", raw.MedianP99, ours.MedianP99, "N0", "ours <= raw + 1000 µs",
            ours.MedianP99 <= raw.MedianP99 + 1_000);
        Row(table, $"latency max at {paced} (µs)", raw.MedianMax, ours.MedianMax, "N0", string.Empty, null);
        return table.ToString();
    }

    private static void Row(
        StringBuilder table, string metric, double raw, double ours, string format, string target, bool? met)
    {
        var culture = CultureInfo.InvariantCulture;
        var verdict = met switch { true => "yes", false => "**no**", null => string.Empty };
        table.AppendLine(culture, $"| {metric} | {raw.ToString(format, culture)} | {ours.ToString(format, culture)} "
            + $"| {(ours / raw).ToString("0.00", culture)}x | {target} | {verdict} |");
    }
}
