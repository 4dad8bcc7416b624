using System.Collections.Concurrent;
using System.Diagnostics;
using EventSystem.Diagnostics;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Telemetry;

[Collection(TracingGroup.Name)]
public sealed class UntracedTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task With_nobody_listening_no_trace_context_is_sent_and_handlers_run_without_activity()
    {
        Assert.False(EventSystemInstruments.Source.HasListeners());
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var tap = await EnvelopeTap.StartAsync(redis, app);
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        var seen = new ConcurrentQueue<Activity?>();
        b.Get(id).Raised += (_, _) => seen.Enqueue(Activity.Current);

        await a.Get(id).RaiseAsync(Guid.NewGuid(), "untraced");
        a.Get(id).Raise(Guid.NewGuid(), "untraced, blocking");

        await Eventually.UntilAsync(() => seen.Count == 2 && tap.Envelopes.Count == 2, Deadline,
            () => $"{seen.Count} handled, {tap.Envelopes.Count} envelopes seen");
        Assert.All(seen, Assert.Null);
        Assert.All(tap.Envelopes, e => Assert.Null(Assert.Single(e.Entries).TraceParent));
    }

    [Fact]
    public async Task An_ambient_trace_is_passed_on_even_when_the_event_system_itself_is_not_traced()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var tap = await EnvelopeTap.StartAsync(redis, app);
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        using var ambient = new Activity("incoming request").SetIdFormat(ActivityIdFormat.W3C).Start();

        await a.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), "inside a request");

        await Eventually.UntilAsync(() => tap.Envelopes.Count == 1, Deadline, () => "the raise was not seen on Redis");
        var entry = Assert.Single(Assert.Single(tap.Envelopes).Entries);
        Assert.Equal(ambient.Id, entry.TraceParent);
    }

    [Fact]
    public void Telemetry_allocates_nothing_when_nobody_listens()
    {
        Assert.False(EventSystemInstruments.Source.HasListeners());
        var telemetry = new NodeTelemetry("app", "server", "channel", distributed: true, TimeProvider.System, () => 0);
        var remote = new EventNotificationEventArgs(Guid.NewGuid(), Guid.NewGuid(), null, isLocal: false, "other",
            "app", 7, DateTimeOffset.UtcNow);
        Exercise(telemetry, remote);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Exercise(telemetry, remote);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Exercise(NodeTelemetry telemetry, EventNotificationEventArgs remote)
    {
        var raise = telemetry.StartRaise(remote.EventId);
        Assert.Null(NodeTelemetry.TraceParentOf(raise));
        var started = telemetry.HandlerStarting(remote, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            out var handling);
        Assert.Null(handling);
        telemetry.HandlerFinished(remote, started, failure: null);
        telemetry.Received();
        telemetry.Dropped(DropReason.Malformed);
    }
}
