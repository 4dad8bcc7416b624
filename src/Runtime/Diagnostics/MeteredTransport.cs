using System.Diagnostics;
using EventSystem.Transport;

namespace EventSystem.Diagnostics;

/// <summary>Counts and times the publishes of a carrier; everything else passes straight through.</summary>
internal sealed class MeteredTransport(IEventTransport inner, NodeTelemetry telemetry) : IEventTransport
{
    public bool IsRemote => inner.IsRemote;

    public bool IsConnected => inner.IsConnected;

    public Task StartAsync(ITransportListener listener, CancellationToken cancellationToken) =>
        inner.StartAsync(listener, cancellationToken);

    public void BeginReceiving() => inner.BeginReceiving();

    public Task<PublishReceipt> PublishAsync(
        ReadOnlyMemory<byte> body, int eventCount, CancellationToken cancellationToken) =>
        NodeTelemetry.ObservesPublish
            ? MeasuredPublishAsync(body, eventCount, cancellationToken)
            : inner.PublishAsync(body, eventCount, cancellationToken);

    public PublishReceipt Publish(ReadOnlyMemory<byte> body, int eventCount)
    {
        if (!NodeTelemetry.ObservesPublish)
        {
            return inner.Publish(body, eventCount);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var receipt = inner.Publish(body, eventCount);
            telemetry.Published(eventCount, started, failure: null);
            return receipt;
        }
        catch (Exception ex)
        {
            telemetry.Published(eventCount, started, ex);
            throw;
        }
    }

    public Task<CounterSnapshot> ReadCounterAsync(CancellationToken cancellationToken) =>
        inner.ReadCounterAsync(cancellationToken);

    public Task ReportPresenceAsync(string field, ReadOnlyMemory<byte> presence) =>
        inner.ReportPresenceAsync(field, presence);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async Task<PublishReceipt> MeasuredPublishAsync(
        ReadOnlyMemory<byte> body, int eventCount, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var receipt = await inner.PublishAsync(body, eventCount, cancellationToken).ConfigureAwait(false);
            telemetry.Published(eventCount, started, failure: null);
            return receipt;
        }
        catch (Exception ex)
        {
            telemetry.Published(eventCount, started, ex);
            throw;
        }
    }
}
