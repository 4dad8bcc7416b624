namespace EventSystem.Demo;

/// <summary>What one server did, printed by the server as one <c>SUMMARY {json}</c> line for the coordinator.</summary>
internal sealed record ServerSummary(
    string Name,
    long Sent,
    long Received,
    long Missed,
    long MissedReports,
    long Dropped,
    long SubscriptionLosses,
    long RaiseFailures);
