using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Integration;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Raises_from_many_threads_on_three_nodes_reach_every_node_exactly_once()
    {
        const int Threads = 8;
        const int PerThread = 150;
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var app = TestNodes.NewApplication();
        var id = Guid.NewGuid();
        var nodes = new EventSystemNode[3];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = await TestNodes.StartAsync(redis, app, $"node-{i}");
        }

        try
        {
            var recorders = nodes.Select(n => new EventRecorder(n.Get(id))).ToArray();
            // Dedicated threads, as request threads of a web server would be: a blocking Raise holds its own thread.
            var threads = nodes.SelectMany(node => Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                for (var i = 0; i < PerThread; i++)
                {
                    var param = $"{node.ServerName}/{t}/{i}";
                    if (i % 2 == 0)
                    {
                        node.Get(id).Raise(Guid.NewGuid(), param);
                    }
                    else
                    {
                        node.Get(id).RaiseAsync(Guid.NewGuid(), param).GetAwaiter().GetResult();
                    }
                }
            }))).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            const int Expected = 2 * Threads * PerThread;
            await Eventually.UntilAsync(() => recorders.All(r => r.Remote.Count() == Expected),
                TimeSpan.FromSeconds(30), () => string.Join(", ", recorders.Select(r => r.Remote.Count())));
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            for (var i = 0; i < nodes.Length; i++)
            {
                var remote = recorders[i].Remote.Select(e => (string)e.Param!).ToList();
                Assert.Equal(Expected, remote.Distinct().Count());
                Assert.DoesNotContain(remote, p => p.StartsWith(nodes[i].ServerName + "/", StringComparison.Ordinal));
                Assert.Equal(Threads * PerThread, recorders[i].Local.Count());
                Assert.Equal(0, nodes[i].Statistics.MissedEvents);
                Assert.Equal(0, nodes[i].Statistics.DroppedTotal);
                Assert.Equal(Threads * PerThread, nodes[i].Statistics.Sent);
            }
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
