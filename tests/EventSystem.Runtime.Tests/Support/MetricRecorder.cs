using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace EventSystem.Runtime.Tests.Support;

/// <summary>
/// Listens to every instrument of the EventSystem meter and keeps the measurements of one application, so that
/// tests running in parallel on other applications do not disturb the sums.
/// </summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly string application;
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> recorded =
        new();

    public MetricRecorder(string application)
    {
        this.application = application;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EventSystemTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        listener.Start();
    }

    /// <summary>The measurements of <paramref name="instrument"/> tagged with all of <paramref name="with"/>.</summary>
    public IReadOnlyList<(double Value, Dictionary<string, object?> Tags)> Of(
        string instrument, params (string Key, object? Value)[] with) =>
        recorded.Where(r => r.Instrument == instrument
                && with.All(w => Equals(r.Tags.GetValueOrDefault(w.Key), w.Value)))
            .Select(r => (r.Value, r.Tags)).ToList();

    public double Sum(string instrument, params (string Key, object? Value)[] with) =>
        Of(instrument, with).Sum(r => r.Value);

    /// <summary>Takes a reading of the observable instruments now.</summary>
    public void Observe() => listener.RecordObservableInstruments();

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        if (Equals(copy.GetValueOrDefault("eventsystem.application"), application))
        {
            recorded.Enqueue((instrument.Name, value, copy));
        }
    }
}
