namespace EventSystem.Diagnostics;

/// <summary>
/// What a node tells operators about itself: written to Redis every counter check, read by the operator tool's
/// <c>status</c> command. Times are Unix milliseconds.
/// </summary>
internal sealed record NodePresence(
    string Server,
    Guid NodeId,
    long StartedAt,
    long SeenAt,
    long Sent,
    long Received,
    long MissedEvents,
    long MissedReports,
    long Dropped,
    long EpochResets,
    long SubscriptionLosses);
