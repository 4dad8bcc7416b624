using System.Globalization;
using System.Text.Json;
using EventSystem.Testing;
using EventSystem.Tool.Tests.Support;
using StackExchange.Redis;

namespace EventSystem.Tool.Tests;

public sealed class StatusTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

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
        var senders = output[output.IndexOf("Senders seen while listening:", StringComparison.Ordinal)..];
        Assert.Matches($@"  server-a\s+{sender.NodeId}\s+\d+\s+\d+\s+\d+  \d+\.\d s ago", senders);
        Assert.DoesNotContain("server-quiet", senders, StringComparison.Ordinal);
        Assert.Matches($@"Nodes seen within 1 min:\n.*\n  server-a .*\n  server-quiet\s+{quiet.NodeId}\s", output);
        Assert.DoesNotContain("not stored", output, StringComparison.Ordinal);
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
        Assert.Equal(0, report.GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, report.GetProperty("unreadableNodes").GetArrayLength());
    }

    [Fact]
    public async Task Status_shows_each_nodes_counts_with_numbers_it_missed_and_forgets_a_node_that_stopped()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        var leaving = await Nodes.StartReportingOftenAsync(redis, app, "server-leaving");
        await using var staying = await Nodes.StartReportingOftenAsync(redis, app, "server-staying");
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis);
        var id = Guid.NewGuid();
        staying.Get(id);
        await leaving.Get(id).RaiseAsync(Guid.NewGuid(), "creates the counter");
        await raw.GetDatabase().HashIncrementAsync($"eventsystem:{{{app}}}:counter", "seq", 3);

        JsonElement report = default;
        await Eventually.UntilAsync(async () =>
        {
            report = await StatusJsonAsync(redis, app);
            return report.GetProperty("nodes").EnumerateArray()
                .Count(n => n.GetProperty("missedEvents").GetInt64() == 3) == 2;
        }, Deadline, () => $"no node reported 3 missed numbers: {report}");

        var nodes = report.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["server-leaving", "server-staying"], nodes.Select(n => n.GetProperty("server").GetString()));
        Assert.Equal([leaving.NodeId, staying.NodeId], nodes.Select(n => n.GetProperty("nodeId").GetGuid()));
        Assert.Equal((1, 0), (nodes[0].GetProperty("sent").GetInt64(), nodes[1].GetProperty("sent").GetInt64()));
        Assert.Equal((0, 1),
            (nodes[0].GetProperty("received").GetInt64(), nodes[1].GetProperty("received").GetInt64()));
        Assert.All(nodes, n => Assert.Equal(0, n.GetProperty("dropped").GetInt64()));
        Assert.All(nodes, n => Assert.False(n.GetProperty("stale").GetBoolean()));
        Assert.All(nodes, n => Assert.True(n.GetProperty("missedReports").GetInt64() >= 1));
        Assert.All(nodes, n => Assert.Equal(0, n.GetProperty("subscriptionLosses").GetInt64()));
        var text = await StatusTextAsync(redis, app);
        Assert.Matches($@"  server-staying\s+{staying.NodeId} \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d  "
            + @"\d+\.\d s ago\s+0\s+1\s+3\s+\d+\s+0\s+0\s+0\n", text);

        await leaving.DisposeAsync();

        var after = await StatusJsonAsync(redis, app);
        var left = Assert.Single(after.GetProperty("nodes").EnumerateArray());
        Assert.Equal(staying.NodeId, left.GetProperty("nodeId").GetGuid());
        Assert.DoesNotContain("server-leaving", await StatusTextAsync(redis, app), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_lists_a_node_that_stopped_reporting_as_not_seen_and_shows_junk_fields_as_such()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        await using var live = await Nodes.StartReportingOftenAsync(redis, app, "server-live");
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis);
        var nodesKey = $"eventsystem:{{{app}}}:nodes";
        var crashed = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var record = $$"""
            {"server":"server-crashed","nodeId":"{{crashed}}","startedAt":{{now - 3_600_000}},
            "seenAt":{{now - 600_000}},"sent":5,"received":6,"missedEvents":7,"missedReports":1,"dropped":0,
            "epochResets":1,"subscriptionLosses":2}
            """;
        await raw.GetDatabase().HashSetAsync(nodesKey, [
            new HashEntry($"server-crashed/{crashed:N}", record),
            new HashEntry("junk", "not json at all"),
            new HashEntry($"server-x/{Guid.NewGuid():N}", "{\"server\":null}"),
        ]);

        var text = await StatusTextAsync(redis, app, "--stale", "5m");
        var json = await StatusJsonAsync(redis, app, "--stale", "300");

        Assert.Matches($@"Nodes seen within 5 min:\n.*\n  server-live\s+{live.NodeId}\s", text);
        Assert.Matches($@"Nodes not seen for over 5 min \(.*\):\n.*\n  server-crashed\s+{crashed}\s.*"
            + @"  not seen for 10 min( \d s)?\s+5\s+6\s+7\s+1\s+0\s+1\s+2\n", text);
        Assert.Contains("'junk': not a presence record (bad JSON at byte 1); 15 B, starts 'not json at all'", text,
            StringComparison.Ordinal);
        Assert.Contains(": no server name; 15 B", text, StringComparison.Ordinal);
        var stale = Assert.Single(json.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("stale").GetBoolean());
        Assert.Equal(crashed, stale.GetProperty("nodeId").GetGuid());
        Assert.InRange(stale.GetProperty("secondsSinceSeen").GetDouble(), 599, 660);
        Assert.Equal(2, json.GetProperty("nodes").GetArrayLength());
        var unreadable = json.GetProperty("unreadableNodes").EnumerateArray().ToList();
        Assert.Equal(["junk", "no server name"], unreadable.Select(u => u.GetProperty("field").GetString() == "junk"
            ? "junk" : u.GetProperty("problem").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Status_reports_a_presence_key_of_the_wrong_type_instead_of_failing()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = Nodes.NewApplication();
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis);
        await raw.GetDatabase().StringSetAsync($"eventsystem:{{{app}}}:nodes", "someone's string");

        var text = await StatusTextAsync(redis, app);

        Assert.Contains($"'eventsystem:{{{app}}}:nodes': the key is not a hash", text, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> StatusJsonAsync(string redis, string app, params string[] more)
    {
        var (code, output, error) = await ToolRun.RunAsync(
            ["status", "--redis", redis, "--app", app, "--listen", "100ms", "--json", .. more]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task<string> StatusTextAsync(string redis, string app, params string[] more)
    {
        var (code, output, error) = await ToolRun.RunAsync(
            ["status", "--redis", redis, "--app", app, "--listen", "100ms", .. more]);
        Assert.True(code == 0, error);
        return output.Replace("\r\n", "\n", StringComparison.Ordinal);
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
