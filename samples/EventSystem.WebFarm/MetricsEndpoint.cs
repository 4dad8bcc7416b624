namespace EventSystem.WebFarm;

/// <summary>
/// The instance's metrics. For now it serves the node's statistics as JSON; this is the one place where an
/// exporter of the event system's meter (for example OpenTelemetry's) plugs in when the runtime has one.
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>Maps <c>GET /metrics</c>.</summary>
    public static IEndpointRouteBuilder MapFarmMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (EventSystemNode node) => Results.Ok(node.Statistics));
        return app;
    }
}
