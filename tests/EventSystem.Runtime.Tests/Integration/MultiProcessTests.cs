using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Integration;

public sealed class MultiProcessTests
{
    [Fact]
    public async Task Nodes_in_separate_processes_exchange_events_both_ways()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        await using var here = await TestNodes.StartAsync(redis, app, "test-process");
        var atHere = new EventRecorder(here.Get(id));
        await using var first = await TestNodeProcess.StartAsync(redis, app, "proc-1", id);
        await using var second = await TestNodeProcess.StartAsync(redis, app, "proc-2", id);
        Assert.NotEqual(first.Id, second.Id);

        await first.AskAsync("raise 200", "RAISED 200");
        await second.AskAsync("raise 300", "RAISED 300");
        for (var i = 0; i < 100; i++)
        {
            await here.Get(id).RaiseAsync(Guid.NewGuid(), $"here-{i}");
        }

        await Eventually.UntilAsync(() => atHere.Remote.Count() == 500, TimeSpan.FromSeconds(15),
            () => $"this process received {atHere.Remote.Count()}/500");
        await Eventually.UntilAsync(async () =>
                await first.AskAsync("report", "REPORT")
                    == "REPORT received=400 missed=0 from=proc-2=300,test-process=100"
                && await second.AskAsync("report", "REPORT")
                    == "REPORT received=300 missed=0 from=proc-1=200,test-process=100",
            TimeSpan.FromSeconds(15), () => "the child processes did not receive everything");
        Assert.Equal(200, atHere.Remote.Count(e => e.ServerName == "proc-1"));
        Assert.Equal(300, atHere.Remote.Count(e => e.ServerName == "proc-2"));
        Assert.Equal(0, here.Statistics.MissedEvents);
    }
}
