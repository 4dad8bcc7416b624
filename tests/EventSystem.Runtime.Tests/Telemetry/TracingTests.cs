using System.Diagnostics;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace EventSystem.Runtime.Tests.Telemetry;

[Collection(TracingGroup.Name)]
public sealed class TracingTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private static readonly ActivitySource TestSource = new("EventSystem.Runtime.Tests");
    private readonly LockedList<Activity> exported = new();
    private readonly TracerProvider tracing;

    public TracingTests()
    {
        tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(EventSystemTelemetry.SourceName, TestSource.Name)
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(exported)
            .Build()!;
    }

    public void Dispose() => tracing.Dispose();

    [Fact]
    public async Task A_remote_handler_call_joins_the_raisers_trace()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        Activity? seenLocally = null;
        ActivityContext seenRemotely = default;
        a.Get(id).Raised += (_, _) => seenLocally = Activity.Current;
        b.Get(id).Raised += (_, _) => seenRemotely = Activity.Current!.Context;

        ActivityContext request;
        using (var checkout = TestSource.StartActivity("checkout"))
        {
            request = checkout!.Context;
            await a.Get(id).RaiseAsync(Guid.NewGuid(), "product-42");
        }

        var consumer = await ExportedAsync(app, ActivityKind.Consumer, 1);
        var producer = Assert.Single(Exported(app, ActivityKind.Producer));

        Assert.Equal(request.TraceId, producer.TraceId);
        Assert.Equal(request.SpanId, producer.ParentSpanId);
        Assert.Same(producer, seenLocally);
        Assert.Equal($"publish eventsystem:{{{app}}}:events", producer.DisplayName);
        Assert.Equal("redis", producer.GetTagItem("messaging.system"));
        Assert.Equal("send", producer.GetTagItem("messaging.operation.type"));
        Assert.Equal(id.ToString(), producer.GetTagItem("eventsystem.event.id"));
        Assert.IsType<long>(producer.GetTagItem("eventsystem.sequence_number"));

        var handled = Assert.Single(consumer);
        Assert.Equal(request.TraceId, handled.TraceId);
        Assert.Equal(producer.SpanId, handled.ParentSpanId);
        Assert.True(handled.HasRemoteParent);
        Assert.Equal(handled.SpanId, seenRemotely.SpanId);
        Assert.Equal($"process eventsystem:{{{app}}}:events", handled.DisplayName);
        Assert.Equal("b", handled.GetTagItem("messaging.client.id"));
        Assert.Equal("a", handled.GetTagItem("eventsystem.sender"));
        Assert.Equal(producer.GetTagItem("eventsystem.sequence_number"),
            handled.GetTagItem("eventsystem.sequence_number"));
        Assert.Equal(ActivityStatusCode.Unset, handled.Status);
    }

    [Fact]
    public async Task Each_remote_handler_of_a_blocking_raise_gets_its_own_child_activity()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        var id = Guid.NewGuid();
        b.Get(id).Raised += (_, _) => { };
        b.Get(id).Raised += (_, _) => throw new InvalidOperationException("second handler fails on purpose");

        a.Get(id).Raise(Guid.NewGuid(), "no ambient trace");

        var handlers = await ExportedAsync(app, ActivityKind.Consumer, 2);
        var producer = Assert.Single(Exported(app, ActivityKind.Producer));
        Assert.Equal(default, producer.ParentSpanId);
        Assert.All(handlers, h =>
        {
            Assert.Equal(producer.TraceId, h.TraceId);
            Assert.Equal(producer.SpanId, h.ParentSpanId);
        });
        var failed = Assert.Single(handlers, h => h.Status == ActivityStatusCode.Error);
        Assert.Equal(typeof(InvalidOperationException).FullName, failed.GetTagItem("error.type"));
        Assert.Contains(failed.Events, e => e.Name == "exception");
    }

    [Fact]
    public async Task A_failed_raise_marks_its_activity_as_error()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a", o => o.MaxPayloadBytes = 16);

        await Assert.ThrowsAsync<EventPayloadTooLargeException>(
            () => a.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), new string('x', 100)));

        var producer = Assert.Single(Exported(app, ActivityKind.Producer));
        Assert.Equal(ActivityStatusCode.Error, producer.Status);
        Assert.Equal(typeof(EventPayloadTooLargeException).FullName, producer.GetTagItem("error.type"));
    }

    [Fact]
    public async Task A_local_raise_makes_no_producer_activity()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        var id = Guid.NewGuid();
        var ran = false;
        a.Get(id).Raised += (_, _) => ran = true;

        await a.Get(id).RaiseAsync(Guid.NewGuid(), "here only", EventRaiseOption.RaiseLocally);

        Assert.True(ran);
        Assert.Empty(Exported(app, ActivityKind.Producer));
    }

    private Activity[] Exported(string application, ActivityKind kind) =>
        exported.Snapshot().Where(a => a.Kind == kind
            && Equals(a.GetTagItem("eventsystem.application"), application)).ToArray();

    private async Task<Activity[]> ExportedAsync(string application, ActivityKind kind, int count)
    {
        await Eventually.UntilAsync(() => Exported(application, kind).Length >= count, Deadline,
            () => $"{Exported(application, kind).Length} {kind} activities exported, expected {count}");
        return Exported(application, kind);
    }
}
