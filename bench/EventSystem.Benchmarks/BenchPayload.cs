namespace EventSystem.Benchmarks;

/// <summary>
/// What both contenders send: the send time (a <see cref="System.Diagnostics.Stopwatch"/> timestamp of this
/// process), a running number, and padding that brings the JSON to about <see cref="TargetJsonBytes"/> bytes.
/// </summary>
internal sealed record BenchPayload(long SentAt, long Number, string Padding)
{
    public const int TargetJsonBytes = 200;

    /// <summary>Padding that makes a payload with typical field widths serialize to the target size.</summary>
    public static string PaddingFor(long sentAt)
    {
        var bare = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
            new BenchPayload(sentAt, 100_000, string.Empty), BenchJsonContext.Default.BenchPayload);
        return new string('x', Math.Max(0, TargetJsonBytes - bare.Length));
    }
}
