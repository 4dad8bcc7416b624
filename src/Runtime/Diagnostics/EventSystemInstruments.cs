using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EventSystem.Diagnostics;

/// <summary>
/// The process-wide meter and activity source. Every node records on the same instruments and tells itself apart
/// by its tags, so that a process with several nodes reports each correctly.
/// </summary>
internal static class EventSystemInstruments
{
    private static readonly string? Version = typeof(EventSystemInstruments).Assembly.GetName().Version?.ToString();
    private static readonly ConcurrentDictionary<NodeTelemetry, bool> LiveNodes = new();

    public static readonly ActivitySource Source = new(EventSystemTelemetry.SourceName, Version);

    public static readonly Meter Meter = new(EventSystemTelemetry.MeterName, Version);

    public static readonly Counter<long> SentMessages = Meter.CreateCounter<long>(TelemetryNames.SentMessages,
        "{message}", "Events this node published to Redis, counted per event; error.type is set when it failed.");

    public static readonly Histogram<double> PublishDuration = CreateSeconds(TelemetryNames.OperationDuration,
        "Duration of one publish: the Redis round trip that numbers and sends one batch of events.");

    public static readonly Counter<long> ConsumedMessages = Meter.CreateCounter<long>(
        TelemetryNames.ConsumedMessages, "{message}", "Remote events this node accepted and passed to dispatch.");

    public static readonly Counter<long> HandlerCalls = Meter.CreateCounter<long>(TelemetryNames.HandlerCalls,
        "{call}", "Raised handler calls started, one per handler per event; eventsystem.origin says local or remote.");

    public static readonly Histogram<double> ProcessDuration = CreateSeconds(TelemetryNames.ProcessDuration,
        "Duration of one Raised handler call; error.type is set when it threw.");

    public static readonly Counter<long> HandlerFailures = Meter.CreateCounter<long>(TelemetryNames.HandlerFailures,
        "{call}", "Handler calls (Raised or Missed) that threw.");

    public static readonly Histogram<double> DeliveryLatency = CreateSeconds(TelemetryNames.DeliveryLatency,
        "Time from the raise on the sending server (by its clock) to the start of a handler call on this one.");

    public static readonly Counter<long> MissedMessages = Meter.CreateCounter<long>(TelemetryNames.MissedMessages,
        "{message}", "Sequence numbers reported missed.");

    public static readonly Counter<long> DroppedMessages = Meter.CreateCounter<long>(TelemetryNames.DroppedMessages,
        "{message}", "Messages or events dropped on receipt, by eventsystem.drop.reason.");

    public static readonly Counter<long> SubscriptionLosses = Meter.CreateCounter<long>(
        TelemetryNames.SubscriptionLosses, "{loss}", "Times the Redis subscription was lost.");

    public static readonly Counter<long> CounterResets = Meter.CreateCounter<long>(TelemetryNames.CounterResets,
        "{reset}", "Counter resets seen: Redis restarted without persistence, flushed, or restored from a copy.");

    public static readonly ObservableGauge<int> HeldMessages = Meter.CreateObservableGauge(TelemetryNames.HeldMessages,
        ObserveHeldMessages, "{message}", "Events waiting, now, for an earlier sequence number to arrive.");

    public static void Register(NodeTelemetry node) => LiveNodes[node] = true;

    public static void Unregister(NodeTelemetry node) => LiveNodes.TryRemove(node, out _);

    private static IEnumerable<Measurement<int>> ObserveHeldMessages()
    {
        foreach (var node in LiveNodes.Keys)
        {
            yield return new Measurement<int>(node.HeldOutOfOrder(), node.Tags);
        }
    }

    private static Histogram<double> CreateSeconds(string name, string description)
    {
#if NET9_0_OR_GREATER
        // The SDK's default buckets suit milliseconds; these suit seconds from a millisecond up.
        var advice = new InstrumentAdvice<double>
        {
            HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1,
                2.5, 5, 7.5, 10],
        };
        return Meter.CreateHistogram(name, "s", description, tags: null, advice);
#else
        return Meter.CreateHistogram<double>(name, "s", description);
#endif
    }
}
