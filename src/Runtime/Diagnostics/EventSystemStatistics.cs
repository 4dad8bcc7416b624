using EventSystem.Wire;

namespace EventSystem;

/// <summary>A snapshot of what one node has done since it started.</summary>
public sealed record EventSystemStatistics
{
    /// <summary>Broadcast events this node published to Redis.</summary>
    public long Sent { get; init; }

    /// <summary>Remote events this node delivered to its handlers (or had no handler for yet).</summary>
    public long Received { get; init; }

    /// <summary>Sequence numbers reported missed.</summary>
    public long MissedEvents { get; init; }

    /// <summary>Missed reports raised (one report may cover many sequence numbers).</summary>
    public long MissedReports { get; init; }

    /// <summary>Handler calls that threw.</summary>
    public long HandlerFailures { get; init; }

    /// <summary>
    /// Counter resets seen (Redis restarted without persistence, flushed, or restored from an old copy).
    /// </summary>
    public long EpochResets { get; init; }

    /// <summary>Times the subscription was lost.</summary>
    public long SubscriptionLosses { get; init; }

    /// <summary>Events waiting for an earlier gap to fill, now.</summary>
    public int HeldOutOfOrder { get; init; }

    /// <summary>Messages or events dropped, by reason.</summary>
    public IReadOnlyDictionary<DropReason, long> Dropped { get; init; } = new Dictionary<DropReason, long>();

    /// <summary>All drops, whatever the reason.</summary>
    public long DroppedTotal => Dropped.Values.Sum();
}
