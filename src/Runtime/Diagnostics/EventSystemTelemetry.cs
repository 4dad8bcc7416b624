namespace EventSystem;

/// <summary>
/// The names to subscribe to for the event system's metrics and traces, for example with OpenTelemetry:
/// <c>metrics.AddMeter(EventSystemTelemetry.MeterName)</c> and
/// <c>tracing.AddSource(EventSystemTelemetry.SourceName)</c>.
/// </summary>
public static class EventSystemTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> every node records on.</summary>
    public const string MeterName = "EventSystem";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> of raises and handler calls.</summary>
    public const string SourceName = "EventSystem";
}
