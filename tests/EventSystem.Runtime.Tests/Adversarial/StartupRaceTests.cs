using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// A node that starts while another raises fast: messages that arrive before the counter is read wait in the
/// subscription until tracking starts, so none is both delivered and reported missed.
/// </summary>
public sealed class StartupRaceTests
{
    [Fact]
    public async Task A_node_started_during_a_stream_never_reports_a_delivered_number_missed()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        await using var a = await TestNodes.StartAsync(redis.ConnectionString, app, "a");
        using var stop = new CancellationTokenSource();
        var raising = Task.Run(async () =>
        {
            var inFlight = new List<Task>();
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 20; i++)
                {
                    inFlight.Add(a.Get(id).RaiseAsync(Guid.NewGuid(), "x"));
                }

                await Task.WhenAll(inFlight);
                inFlight.Clear();
            }
        });

        var failures = new List<string>();
        for (var round = 0; round < 12; round++)
        {
            // Handlers first, then start: every number the node sees from its first message on is recorded.
            await using var b = new EventSystemNode(new EventSystemOptions
            {
                RedisConnectionString = redis.ConnectionString,
                ApplicationName = app,
                ServerName = $"b{round}",
                MissedEventWait = TimeSpan.FromMilliseconds(500),
                CounterCheckInterval = TimeSpan.FromMilliseconds(500),
            });
            var ledger = new Ledger(b, id);
            await b.StartAsync();
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            var both = ledger.DeliveredAndMissed();
            var twice = ledger.Duplicates();
            if (both.Count > 0 || twice.Count > 0 || ledger.MissedCount > 0)
            {
                failures.Add($"round {round}: delivered and missed {both.Count} ({string.Join(",", both.Take(5))}), "
                    + $"delivered twice {twice.Count}; {ledger.Describe()}");
            }
        }

        await stop.CancelAsync();
        await raising;
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
