namespace EventSystem.Transport.InProcess;

/// <summary>
/// The carrier of a node with no Redis configured: a single server, so a broadcast reaches this server's handlers
/// only, and nothing ever arrives from elsewhere.
/// </summary>
internal sealed class InProcessTransport : IEventTransport
{
    private long counter;

    public bool IsRemote => false;

    public bool IsConnected => true;

    public Task StartAsync(ITransportListener listener, CancellationToken cancellationToken) => Task.CompletedTask;

    public void BeginReceiving()
    {
    }

    public Task<PublishReceipt> PublishAsync(
        ReadOnlyMemory<byte> body, int eventCount, CancellationToken cancellationToken) =>
        Task.FromResult(Publish(body, eventCount));

    public PublishReceipt Publish(ReadOnlyMemory<byte> body, int eventCount)
    {
        var last = Interlocked.Add(ref counter, eventCount);
        return new PublishReceipt(0, last - eventCount + 1, last);
    }

    public Task<CounterSnapshot> ReadCounterAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new CounterSnapshot(0, Interlocked.Read(ref counter)));

    public Task ReportPresenceAsync(string field, ReadOnlyMemory<byte> presence) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
