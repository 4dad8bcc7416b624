using EventSystem;
using EventSystem.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the event system's health check.</summary>
public static class EventSystemHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check that is unhealthy (or <paramref name="failureStatus"/>) while Redis is unreachable or the
    /// subscription is down, degraded for <paramref name="degradedAfterMissed"/> (default five minutes) after the
    /// node reported missed events, and healthy otherwise. Needs <c>services.AddEventSystem(...)</c>.
    /// </summary>
    /// <param name="builder">The health checks builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="degradedAfterMissed">How long the check stays degraded after a missed report.</param>
    /// <param name="failureStatus">The status reported while unhealthy; <see langword="null"/> for Unhealthy.</param>
    /// <param name="tags">Tags to filter checks by, for example "ready".</param>
    public static IHealthChecksBuilder AddEventSystem(
        this IHealthChecksBuilder builder,
        string name = "eventsystem",
        TimeSpan? degradedAfterMissed = null,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var window = degradedAfterMissed ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero, nameof(degradedAfterMissed));
        return builder.Add(new HealthCheckRegistration(
            name,
            provider => new EventSystemHealthCheck(
                provider.GetRequiredService<EventSystemNode>(),
                window,
                provider.GetRequiredService<IOptions<EventSystemOptions>>().Value.TimeProvider),
            failureStatus,
            tags));
    }
}
