using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EventSystem.Hosting;

/// <summary>
/// Unhealthy while the node is stopped, Redis is unreachable or the subscription is down; degraded for a while
/// after events were missed; healthy otherwise.
/// </summary>
internal sealed class EventSystemHealthCheck(EventSystemNode node, TimeSpan degradedAfterMissed, TimeProvider time)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var statistics = node.Statistics;
        var lastMissedAt = node.LastMissedAt;
        var data = new Dictionary<string, object>
        {
            ["server"] = node.ServerName,
            ["application"] = node.ApplicationName,
            ["sent"] = statistics.Sent,
            ["received"] = statistics.Received,
            ["missedEvents"] = statistics.MissedEvents,
            ["dropped"] = statistics.DroppedTotal,
            ["handlerFailures"] = statistics.HandlerFailures,
            ["subscriptionLosses"] = statistics.SubscriptionLosses,
        };
        if (lastMissedAt is { } missedAt)
        {
            data["lastMissedAt"] = missedAt.ToString("O", CultureInfo.InvariantCulture);
        }

        return Task.FromResult(Judge(context.Registration.FailureStatus, lastMissedAt, statistics, data));
    }

    private HealthCheckResult Judge(HealthStatus failure, DateTimeOffset? lastMissedAt,
        EventSystemStatistics statistics, Dictionary<string, object> data)
    {
        if (!node.IsStarted)
        {
            return new HealthCheckResult(failure, "The event system node is not running.", null, data);
        }

        if (!node.IsConnected)
        {
            return new HealthCheckResult(failure, "Redis is unreachable.", null, data);
        }

        if (!node.IsSubscribed)
        {
            return new HealthCheckResult(failure, "The Redis subscription is down.", null, data);
        }

        if (lastMissedAt is { } at && time.GetUtcNow() - at < degradedAfterMissed)
        {
            return HealthCheckResult.Degraded(
                $"Events were missed at {at:O} ({statistics.MissedEvents} since start); caches may be stale.",
                null, data);
        }

        return HealthCheckResult.Healthy("Connected and subscribed.", data);
    }
}
