namespace EventSystem;

/// <summary>The state a health check reads: whether the subscription is up, and when events were last missed.</summary>
public sealed partial class EventSystemNode
{
    private volatile bool subscriptionLost;
    private long lastMissedAtTicks;

    /// <summary>
    /// Whether the node is started and its subscription to the application's channel is up (always, for an
    /// in-process node). While it is down, events raised elsewhere are not received; they are reported missed
    /// once it is back.
    /// </summary>
    public bool IsSubscribed => IsStarted && !subscriptionLost;

    /// <summary>When this node last reported missed events; <see langword="null"/> if it never did.</summary>
    public DateTimeOffset? LastMissedAt
    {
        get
        {
            var ticks = Interlocked.Read(ref lastMissedAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    private void NoteMissed() =>
        Interlocked.Exchange(ref lastMissedAtTicks, options.TimeProvider.GetUtcNow().UtcTicks);
}
