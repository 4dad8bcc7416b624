namespace EventSystem.Transport;

/// <summary>
/// The seam between the event model and a carrier. A carrier numbers and delivers opaque envelopes; it knows
/// nothing of events or handlers.
/// </summary>
internal interface IEventTransport : IAsyncDisposable
{
    /// <summary><see langword="false"/> for a carrier that reaches no other server.</summary>
    bool IsRemote { get; }

    /// <summary>Whether a publish can be attempted now.</summary>
    bool IsConnected { get; }

    /// <summary>
    /// Subscribes. Messages that arrive from then on wait until <see cref="BeginReceiving"/>, so that the node can
    /// read the counter first and know where its tracking starts.
    /// </summary>
    Task StartAsync(ITransportListener listener, CancellationToken cancellationToken);

    /// <summary>Starts handing received messages to the listener, one at a time.</summary>
    void BeginReceiving();

    /// <summary>
    /// Takes <paramref name="eventCount"/> sequence numbers and publishes the body under them, atomically: a number
    /// is never taken without its message being published.
    /// </summary>
    Task<PublishReceipt> PublishAsync(ReadOnlyMemory<byte> body, int eventCount, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="PublishAsync"/>, blocking the caller instead of a pool thread, so that synchronous raises from
    /// many threads cannot starve the thread pool that asynchronous completions need.
    /// </summary>
    PublishReceipt Publish(ReadOnlyMemory<byte> body, int eventCount);

    /// <summary>
    /// Records, for operators, that the node named by <paramref name="field"/> is alive and how it fares; removes the
    /// record when <paramref name="presence"/> is empty.
    /// </summary>
    Task ReportPresenceAsync(string field, ReadOnlyMemory<byte> presence);

    /// <summary>Reads the application's counter and its epoch.</summary>
    Task<CounterSnapshot> ReadCounterAsync(CancellationToken cancellationToken);
}
