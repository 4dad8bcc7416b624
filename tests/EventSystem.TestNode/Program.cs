using System.Globalization;
using EventSystem;

// A test node in its own process. Arguments: <redis> <application> <server name> <event id>.
// Commands on stdin, one per line: "raise N" raises N broadcasts, "report" prints counts, "exit" stops.
// Every answer is one line on stdout, so the driving test can wait for it.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: EventSystem.TestNode <redis> <application> <server name> <event id>");
    return 2;
}

var options = new EventSystemOptions
{
    RedisConnectionString = args[0],
    ApplicationName = args[1],
    ServerName = args[2],
    MissedEventWait = TimeSpan.FromMilliseconds(500),
    CounterCheckInterval = TimeSpan.FromMilliseconds(500),
};
await using var node = await EventSystemNode.StartAsync(options);
var shared = node.Get(Guid.Parse(args[3]));
long remote = 0;
long missed = 0;
var senders = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
shared.Raised += (_, e) =>
{
    if (!e.IsLocal)
    {
        Interlocked.Increment(ref remote);
        senders.AddOrUpdate(e.ServerName!, 1, (_, n) => n + 1);
    }
};
shared.Missed += (_, e) => Interlocked.Add(ref missed, e.Count);
Console.WriteLine("READY");

while (Console.ReadLine() is { } line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    switch (parts)
    {
        case ["raise", var count]:
            var n = int.Parse(count, CultureInfo.InvariantCulture);
            await Task.WhenAll(Enumerable.Range(0, n)
                .Select(i => shared.RaiseAsync(Guid.NewGuid(), $"{options.ServerName}-{i}")));
            Console.WriteLine($"RAISED {n}");
            break;
        case ["report"]:
            var from = string.Join(',', senders.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));
            Console.WriteLine($"REPORT received={Interlocked.Read(ref remote)} missed={Interlocked.Read(ref missed)} "
                + $"from={from}");
            break;
        case ["exit"]:
            return 0;
        default:
            Console.WriteLine($"UNKNOWN {line}");
            break;
    }
}

return 0;
