using System.Text.Json;
using EventSystem.Testing;
using EventSystem.Tool.Tests.Support;
using StackExchange.Redis;

namespace EventSystem.Tool.Tests;

public sealed class MonitorTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Monitor_prints_each_event_a_node_raises_with_sender_number_and_size()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        await using var node = await Nodes.StartAsync(redis, app, "server-a");
        var id = Guid.NewGuid();
        var raiser = Guid.NewGuid();
        using var monitor = ToolRun.Start(
            CancellationToken.None, "monitor", "--redis", redis, "--app", app, "--count", "2", "--seconds", "30");
        await Eventually.UntilAsync(() => monitor.Output.Contains("Watching", StringComparison.Ordinal), Deadline,
            () => $"the monitor never started: {monitor.Error}");

        await node.Get(id).RaiseAsync(raiser, "product-42");
        await node.Get(id).RaiseAsync(raiser, null);

        Assert.Equal(0, await monitor.Completion.WaitAsync(Deadline));
        var output = monitor.Output;
        Assert.Contains($"#1  server-a  event {id}  raiser {raiser}  12 B", output, StringComparison.Ordinal);
        Assert.Contains($"#2  server-a  event {id}  raiser {raiser}  0 B", output, StringComparison.Ordinal);
        Assert.Contains("Stopped after 2 message(s); 0 sequence number(s) not seen.", output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("gap", output, StringComparison.Ordinal);
        Assert.Empty(monitor.Error);
    }

    [Fact]
    public async Task Monitor_json_reports_gaps_counter_resets_and_undecodable_messages_without_stopping()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        await using var node = await Nodes.StartAsync(redis, app, "server-b");
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis);
        var counterKey = $"eventsystem:{{{app}}}:counter";
        var channel = RedisChannel.Literal($"eventsystem:{{{app}}}:events");
        var id = Guid.NewGuid();
        using var monitor = ToolRun.Start(
            CancellationToken.None, "monitor", "--redis", redis, "--app", app, "--json", "--count", "5");
        await Eventually.UntilAsync(() => monitor.Output.Contains("started", StringComparison.Ordinal), Deadline,
            () => $"the monitor never started: {monitor.Error}");

        await node.Get(id).RaiseAsync(Guid.NewGuid(), new { Id = 1 });
        await raw.GetSubscriber().PublishAsync(channel, "not an envelope"u8.ToArray());
        await raw.GetDatabase().HashIncrementAsync(counterKey, "seq", 3);
        await node.Get(id).RaiseAsync(Guid.NewGuid(), new { Id = 2 });
        await raw.GetDatabase().KeyDeleteAsync(counterKey);
        await node.Get(id).RaiseAsync(Guid.NewGuid(), new { Id = 3 });
        await node.Get(id).RaiseAsync(Guid.NewGuid(), new { Id = 4 });

        Assert.Equal(0, await monitor.Completion.WaitAsync(Deadline));
        var lines = monitor.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var events = lines.Where(l => l.GetProperty("type").GetString() == "event").ToList();
        Assert.Equal([1L, 5, 1, 2], events.Select(e => e.GetProperty("sequenceNumber").GetInt64()));
        Assert.All(events, e => Assert.Equal("server-b", e.GetProperty("server").GetString()));
        Assert.All(events, e => Assert.Equal(id, e.GetProperty("eventId").GetGuid()));
        Assert.Equal(8, events[0].GetProperty("payloadBytes").GetInt32());

        var undecodable = Assert.Single(lines, l => l.GetProperty("type").GetString() == "undecodable");
        Assert.Equal("Malformed", undecodable.GetProperty("reason").GetString());
        var gap = Assert.Single(lines, l => l.GetProperty("type").GetString() == "gap");
        Assert.Equal((2, 4, 3), (gap.GetProperty("from").GetInt64(), gap.GetProperty("to").GetInt64(),
            gap.GetProperty("count").GetInt64()));
        var reset = Assert.Single(lines, l => l.GetProperty("type").GetString() == "epoch");
        Assert.Equal(events[1].GetProperty("epoch").GetString(), reset.GetProperty("previous").GetString());
        Assert.Equal(events[2].GetProperty("epoch").GetString(), reset.GetProperty("epoch").GetString());
        Assert.NotEqual(reset.GetProperty("previous").GetString(), reset.GetProperty("epoch").GetString());
        Assert.Equal(3, lines[^1].GetProperty("numbersNotSeen").GetInt64());
    }

    [Fact]
    public async Task Monitor_stops_cleanly_when_cancelled()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        using var stop = new CancellationTokenSource();
        using var monitor = ToolRun.Start(stop.Token, "monitor", "--redis", redis, "--app", Nodes.NewApplication());
        await Eventually.UntilAsync(() => monitor.Output.Contains("Watching", StringComparison.Ordinal), Deadline,
            () => $"the monitor never started: {monitor.Error}");

        await stop.CancelAsync();

        Assert.Equal(0, await monitor.Completion.WaitAsync(Deadline));
        Assert.Contains("Stopped after 0 message(s)", monitor.Output, StringComparison.Ordinal);
    }
}
