using System.Collections.Concurrent;
using System.Text.Json;
using EventSystem.Testing;
using EventSystem.Tool.Tests.Support;

namespace EventSystem.Tool.Tests;

public sealed class RaiseTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Raise_reaches_a_nodes_handler_with_the_json_payload_raiser_and_server_name()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        await using var node = await Nodes.StartAsync(redis, app, "web-1");
        var id = Guid.NewGuid();
        var raiser = Guid.NewGuid();
        var received = new ConcurrentQueue<EventNotificationEventArgs>();
        node.Get(id).Raised += (_, e) => received.Enqueue(e);

        var (code, output, error) = await ToolRun.RunAsync("raise", "--redis", redis, "--app", app,
            "--event", id.ToString(), "--json", """{ "sku": "A-42", "price": 9.5 }""",
            "--raiser", raiser.ToString(), "--server", "ops-laptop");

        Assert.True(code == 0, error);
        Assert.Contains($"Raised {id} on '{app}' as 'ops-laptop'", output, StringComparison.Ordinal);
        await Eventually.UntilAsync(() => !received.IsEmpty, Deadline, () => "the node's handler never ran");
        var delivery = Assert.Single(received);
        Assert.False(delivery.IsLocal);
        Assert.Equal("ops-laptop", delivery.ServerName);
        Assert.Equal(raiser, delivery.RaiserId);
        var param = Assert.IsType<JsonElement>(delivery.Param);
        Assert.Equal("A-42", param.GetProperty("sku").GetString());
        Assert.Equal(9.5m, param.GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task Raise_of_a_json_string_arrives_as_that_string_and_without_json_as_null()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        await using var node = await Nodes.StartAsync(redis, app, "web-2");
        var id = Guid.NewGuid();
        var received = new ConcurrentQueue<object?>();
        node.Get(id).Raised += (_, e) => received.Enqueue(e.Param);

        var first = await ToolRun.RunAsync(
            "raise", "--redis", redis, "--app", app, "--event", id.ToString(), "--json", "\"product-7\"");
        var second = await ToolRun.RunAsync("raise", "--redis", redis, "--app", app, "--event", id.ToString());

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        await Eventually.UntilAsync(() => received.Count == 2, Deadline, () => $"handler ran {received.Count}x");
        Assert.Equal(["product-7", null], received.ToArray());
    }
}
