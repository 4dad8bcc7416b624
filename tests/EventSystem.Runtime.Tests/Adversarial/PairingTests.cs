using System.Collections.Concurrent;
using EventSystem.Runtime.Tests.Support;
using EventSystem.Testing;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// Many nodes raise at once, through batches, the lone-raise fast path and the blocking path, while the receiver's
/// handlers block and raise events of their own. Checks that no body is ever paired with another raise's stamp:
/// every payload arrives exactly once, on the event and from the server it was raised on, with distinct numbers,
/// and nothing is dropped as unpaired or reported missed.
/// </summary>
public sealed class PairingTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Concurrent_raisers_never_pair_a_body_with_another_raises_stamp()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var app = TestNodes.NewApplication();
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var echo = Guid.NewGuid();
        await using var receiver = await TestNodes.StartAsync(redis.ConnectionString, app, "receiver", o =>
        {
            o.MaxConcurrentHandlers = 2;
            o.MaxQueuedHandlerCalls = 1;
        });
        var seen = new ConcurrentDictionary<string, int>();
        var numbers = new ConcurrentDictionary<long, string>();
        var wrong = new ConcurrentQueue<string>();
        var missed = 0L;
        receiver.Missed += (_, e) => Interlocked.Add(ref missed, e.Count);
        receiver.Get(echo);
        for (var k = 0; k < ids.Length; k++)
        {
            var index = k;
            receiver.Get(ids[k]).Raised += (_, e) =>
            {
                if (e.IsLocal)
                {
                    return;
                }

                var text = (string)e.Param!;
                var parts = text.Split(':');
                if (parts[0] != e.ServerName || parts[2] != $"{index}")
                {
                    wrong.Enqueue($"#{e.SequenceNumber} '{text}' arrived on event {index} from {e.ServerName}");
                }

                if (!numbers.TryAdd(e.SequenceNumber!.Value, text))
                {
                    wrong.Enqueue($"#{e.SequenceNumber} delivered twice");
                }

                var count = seen.AddOrUpdate(text, 1, (_, c) => c + 1);
                if (count % 7 == 0 || text.EndsWith(":0", StringComparison.Ordinal))
                {
                    Thread.Sleep(5); // a handler that blocks now and then
                }

                if (count == 1 && text.GetHashCode(StringComparison.Ordinal) % 5 == 0)
                {
                    receiver.Get(echo).Raise(Guid.NewGuid(), "from a handler");
                }
            };
        }

        var raisers = new List<EventSystemNode>();
        try
        {
            for (var r = 0; r < 4; r++)
            {
                raisers.Add(await TestNodes.StartAsync(redis.ConnectionString, app, $"r{r}"));
            }

            const int PerRaiser = 400;
            await Task.WhenAll(raisers.Select((node, r) => Task.Run(async () =>
            {
                var pending = new List<Task>();
                for (var i = 0; i < PerRaiser; i++)
                {
                    var k = i % ids.Length;
                    var text = $"r{r}:{i}:{k}";
                    if (i % 9 == 0)
                    {
                        node.Get(ids[k]).Raise(Guid.NewGuid(), text);
                    }
                    else
                    {
                        pending.Add(node.Get(ids[k]).RaiseAsync(Guid.NewGuid(), text));
                    }

                    if (i % 50 == 49)
                    {
                        await Task.WhenAll(pending);
                        pending.Clear();
                    }
                }

                await Task.WhenAll(pending);
            })));

            var total = raisers.Count * PerRaiser;
            await Eventually.UntilAsync(() => seen.Count == total || !wrong.IsEmpty, Deadline,
                () => $"{seen.Count} of {total} payloads arrived, missed {Interlocked.Read(ref missed)}");
            Assert.True(wrong.IsEmpty, string.Join("; ", wrong.Take(5)));
            Assert.All(seen, kv => Assert.Equal(1, kv.Value));
            Assert.Equal(0, Interlocked.Read(ref missed));
            var dropped = receiver.Statistics.Dropped;
            Assert.True(dropped.Values.Sum() == 0,
                "dropped: " + string.Join(", ", dropped.Where(d => d.Value > 0).Select(d => $"{d.Key} {d.Value}")));
        }
        finally
        {
            foreach (var node in raisers)
            {
                await node.DisposeAsync();
            }
        }
    }
}
