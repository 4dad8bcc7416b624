using System.Globalization;
using System.Text.Json;
using EventSystem.Testing;
using EventSystem.Tool.Tests.Support;
using StackExchange.Redis;

namespace EventSystem.Tool.Tests;

public sealed class StatusTests
{
    [Fact]
    public async Task Status_shows_the_counter_the_subscribers_and_the_senders_seen_while_listening()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        await using var sender = await Nodes.StartAsync(redis, app, "server-a");
        await using var quiet = await Nodes.StartAsync(redis, app, "server-quiet");
        var id = Guid.NewGuid();
        for (var i = 0; i < 3; i++)
        {
            await sender.Get(id).RaiseAsync(Guid.NewGuid(), i);
        }

        // The tool subscribes at some point after it starts; raising until it ends makes sure it sees some.
        using var status = ToolRun.Start(
            CancellationToken.None, "status", "--redis", redis, "--app", app, "--listen", "1500ms");
        while (!status.Completion.IsCompleted)
        {
            await sender.Get(id).RaiseAsync(Guid.NewGuid(), "tick");
            await Task.WhenAny(status.Completion, Task.Delay(50));
        }

        Assert.True(await status.Completion == 0, status.Error);
        var epoch = await ReadEpochAsync(redis, app);
        var value = await ReadCounterValueAsync(redis, app);
        var output = status.Output;
        Assert.Matches($@"Counter      epoch {epoch}, value \d+ \(\+\d+ while listening\)", output);
        Assert.Contains("Subscribers  2 connection(s)", output, StringComparison.Ordinal);
        Assert.Matches($@"  server-a\s+{sender.NodeId}\s+\d+\s+\d+\s+\d+  \d+\.\d s ago", output);
        Assert.DoesNotContain("server-quiet", output, StringComparison.Ordinal);
        Assert.Contains("Missed counts per node are not stored in Redis", output, StringComparison.Ordinal);
        Assert.True(value >= 4, $"counter {value}");
    }

    [Fact]
    public async Task Status_json_of_an_application_never_raised_has_no_epoch_and_no_senders()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();

        var (code, output, error) = await ToolRun.RunAsync(
            "status", "--redis", redis, "--app", app, "--listen", "200ms", "--json");

        Assert.True(code == 0, error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(app, report.GetProperty("application").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("epoch").ValueKind);
        Assert.Equal(0, report.GetProperty("counter").GetInt64());
        Assert.Equal(0, report.GetProperty("subscribers").GetInt64());
        Assert.Equal(0, report.GetProperty("senders").GetArrayLength());
    }

    private static async Task<string> ReadEpochAsync(string redis, string app)
    {
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis);
        var bytes = (byte[]?)await raw.GetDatabase().HashGetAsync($"eventsystem:{{{app}}}:counter", "epoch");
        return Convert.ToHexString(bytes!).ToLowerInvariant();
    }

    private static async Task<long> ReadCounterValueAsync(string redis, string app)
    {
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis);
        var value = await raw.GetDatabase().HashGetAsync($"eventsystem:{{{app}}}:counter", "seq");
        return long.Parse(value.ToString(), CultureInfo.InvariantCulture);
    }
}
