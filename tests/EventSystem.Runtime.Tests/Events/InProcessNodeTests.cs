using EventSystem.Runtime.Tests.Support;
using Microsoft.Extensions.Logging;

namespace EventSystem.Runtime.Tests.Events;

public sealed class InProcessNodeTests
{
    private static readonly Guid EventId = new("0b6cde43-7a02-4b1c-9d55-7f5c24d1a9e1");

    [Fact]
    public async Task Get_returns_one_object_per_id()
    {
        await using var node = await EventSystemNode.StartAsync(new EventSystemOptions());
        var first = node.Get(EventId);
        Assert.Same(first, node.Get(EventId));
        Assert.NotSame(first, node.Get(Guid.NewGuid()));
        Assert.Equal(2, node.List().Count());
        Assert.Contains(first, node.List());
    }

    [Fact]
    public async Task Get_from_many_threads_still_returns_one_object()
    {
        await using var node = await EventSystemNode.StartAsync(new EventSystemOptions());
        var seen = new Event[64];
        Parallel.For(0, seen.Length, i => seen[i] = node.Get(EventId));
        Assert.All(seen, e => Assert.Same(seen[0], e));
    }

    [Fact]
    public void Get_with_the_empty_guid_says_what_to_fix()
    {
        var node = new EventSystemNode(new EventSystemOptions());
        var error = Assert.Throws<ArgumentException>(() => node.Get(Guid.Empty));
        Assert.Contains("Guid.Empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raise_before_start_says_how_to_start()
    {
        var node = new EventSystemNode(new EventSystemOptions());
        var error = Assert.Throws<InvalidOperationException>(() => node.Get(EventId).Raise(Guid.NewGuid(), "x"));
        Assert.Contains("StartAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raise_after_stop_is_refused()
    {
        var node = await EventSystemNode.StartAsync(new EventSystemOptions());
        var stopped = node.Get(EventId);
        await node.DisposeAsync();
        Assert.Throws<ObjectDisposedException>(() => stopped.Raise(Guid.NewGuid(), "x"));
    }

    [Fact]
    public async Task Without_redis_a_broadcast_reaches_local_handlers_and_the_log_says_so_once()
    {
        using var logs = new CapturingLoggerProvider();
        await using var node = await EventSystemNode.StartAsync(new EventSystemOptions(), logs);
        EventNotificationEventArgs? received = null;
        var raiser = Guid.NewGuid();
        node.Get(EventId).Raised += (_, e) => received = e;

        node.Get(EventId).Raise(raiser, "42");

        Assert.NotNull(received);
        Assert.True(received.IsLocal);
        Assert.Equal("42", received.Param);
        Assert.Equal(raiser, received.RaiserId);
        Assert.Equal(EventId, received.EventId);
        Assert.False(node.IsDistributed);
        Assert.Single(
            logs.Messages(LogLevel.Information), m => m.Contains("in-process only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throwing_handler_stops_neither_the_other_handlers_nor_the_raise()
    {
        await using var node = await EventSystemNode.StartAsync(new EventSystemOptions());
        var evt = node.Get(EventId);
        var calls = 0;
        evt.Raised += (_, _) => throw new InvalidOperationException("boom");
        evt.Raised += (_, _) => calls++;

        evt.Raise(Guid.NewGuid(), null, EventRaiseOption.RaiseLocally);

        Assert.Equal(1, calls);
        Assert.Equal(1, node.Statistics.HandlerFailures);
    }

    [Fact]
    public async Task Starting_twice_is_refused()
    {
        await using var node = await EventSystemNode.StartAsync(new EventSystemOptions());
        await Assert.ThrowsAsync<InvalidOperationException>(() => node.StartAsync());
    }
}
