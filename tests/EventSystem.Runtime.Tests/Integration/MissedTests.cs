using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Integration;

public sealed class MissedTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_loss_just_before_a_quiet_period_is_reported_from_the_counter()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        await using var raw = await RawRedisClient.ConnectAsync(redis, app);
        var id = Guid.NewGuid();
        var atB = new EventRecorder(b.Get(id));
        EventMissedEventArgs? registryMissed = null;
        var registryReports = 0;
        b.Missed += (_, e) =>
        {
            registryMissed = e;
            Interlocked.Increment(ref registryReports);
        };
        await a.Get(id).RaiseAsync(Guid.NewGuid(), "seen");
        await Eventually.UntilAsync(() => atB.Raised.Count == 1, Deadline, () => "first event lost");

        // Three numbers taken whose messages never reach anyone; after that, silence.
        await raw.BurnNumbersAsync(3);

        await Eventually.UntilAsync(() => atB.MissedCount == 3, Deadline, () => $"missed so far: {atB.MissedCount}");
        var report = Assert.Single(atB.Missed);
        Assert.Null(report.EventId);
        Assert.Equal(atB.Raised.Single().SequenceNumber + 1, report.FirstSequenceNumber);
        Assert.Equal(3, report.Count);
        Assert.Equal(app, report.ApplicationName);
        await Eventually.UntilAsync(() => Volatile.Read(ref registryReports) == 1, Deadline, () => "registry silent");
        Assert.Equal(report.FirstSequenceNumber, registryMissed!.FirstSequenceNumber);
        Assert.Equal(3, b.Statistics.MissedEvents);
        Assert.Equal(1, b.Statistics.MissedReports);
    }

    [Fact]
    public async Task Every_event_of_the_application_hears_of_an_unattributed_loss()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        await using var raw = await RawRedisClient.ConnectAsync(redis, app);
        var recorders = Enumerable.Range(0, 3).Select(_ => new EventRecorder(b.Get(Guid.NewGuid()))).ToArray();
        await b.Get(Guid.NewGuid()).RaiseAsync(Guid.NewGuid(), "creates the counter");

        await raw.BurnNumbersAsync(1);

        await Eventually.UntilAsync(() => recorders.All(r => r.Missed.Count == 1), Deadline,
            () => string.Join(", ", recorders.Select(r => r.Missed.Count)));
    }

    [Fact]
    public async Task Events_sent_while_a_subscription_is_cut_are_reported_missed_and_nothing_is_lost_silently()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        await using var a = await TestNodes.StartAsync(redis, app, "a");
        await using var b = await TestNodes.StartAsync(redis, app, "b");
        await using var raw = await RawRedisClient.ConnectAsync(redis, app);
        var id = Guid.NewGuid();
        var atB = new EventRecorder(b.Get(id));
        using var stop = new CancellationTokenSource();
        var sent = 0;

        var raising = Task.Run(async () =>
        {
            // Bursts of a few raises, so that some always fall into the milliseconds a reconnect takes.
            while (!stop.IsCancellationRequested)
            {
                await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
                {
                    try
                    {
                        await a.Get(id).RaiseAsync(Guid.NewGuid(), "tick");
                        Interlocked.Increment(ref sent);
                    }
                    catch (EventSystemUnavailableException)
                    {
                        // Not our connection that is cut; but never count an event that was not sent.
                    }
                }));
                await Task.Delay(1);
            }
        });
        await Task.Delay(300);
        var killed = 0;
        var cutUntil = DateTime.UtcNow.AddSeconds(1);
        while (DateTime.UtcNow < cutUntil)
        {
            killed += await raw.KillSubscriptionsAsync(app, "b");
            await Task.Delay(20);
        }

        await Task.Delay(300);
        await stop.CancelAsync();
        await raising;

        Assert.True(killed > 0, "CLIENT KILL found no subscription of b");
        await Eventually.UntilAsync(() => atB.Raised.Count + atB.MissedCount == Volatile.Read(ref sent), Deadline,
            () => $"sent {sent}, received {atB.Raised.Count}, missed {atB.MissedCount}");
        Assert.True(atB.MissedCount > 0, $"b lost nothing while cut ({killed} kills, {sent} sent)");
        Assert.True(b.Statistics.SubscriptionLosses > 0);
        Assert.Equal(atB.Raised.Count, atB.Raised.Select(e => e.SequenceNumber).Distinct().Count());
    }
}
