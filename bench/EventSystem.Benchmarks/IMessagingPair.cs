namespace EventSystem.Benchmarks;

/// <summary>
/// Two nodes of one contender: a sender and a receiver on separate Redis connections. The measurement loops only
/// see this, so raw pub/sub and EventSystem run through exactly the same code.
/// </summary>
internal interface IMessagingPair : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Bytes one event occupies in its Redis message when sent alone.</summary>
    int WireBytesPerEvent { get; }

    /// <summary>Sends from the sender node; completes when Redis has taken the message.</summary>
    Task SendAsync(BenchPayload payload);

    /// <summary>Sets what the receiver node calls for every arrival (on whichever thread it delivers on).</summary>
    void OnArrival(Action<BenchPayload> arrival);
}
