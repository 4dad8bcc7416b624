using System.Globalization;
using StackExchange.Redis;

namespace EventSystem.Demo;

/// <summary>
/// Starts the servers of a fresh demo application as child processes, lets them exchange events, cuts server B's
/// subscription partway, and finally checks that every event was either received or reported missed.
/// </summary>
internal static class DemoCoordinator
{
    private const string CutServer = "B";
    private const double CutAtFractionOfRun = 0.4;
    private static readonly TimeSpan CutDuration = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CutEvery = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(DemoArguments arguments)
    {
        var application = $"demo-{Guid.NewGuid().ToString("N")[..8]}";
        var configuration = ConfigurationOptions.Parse(arguments.Redis);
        configuration.AllowAdmin = true;
        configuration.ClientName = $"eventsystem-demo-coordinator.{application}";
        ConnectionMultiplexer redis;
        try
        {
            redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        }
        catch (RedisConnectionException ex)
        {
            Console.WriteLine($"FAIL: cannot reach Redis at {arguments.Redis}: {ex.Message}");
            return 1;
        }

        await using var connection = redis;
        var server = redis.GetServers()[0];

        var names = Enumerable.Range(0, arguments.Servers).Select(i => ((char)('A' + i)).ToString()).ToArray();
        Console.WriteLine($"Application {application}: starting servers {string.Join(", ", names)} "
            + $"against Redis {arguments.Redis}; each raises {DemoServer.RaisesPerSecond} events/s "
            + $"for {arguments.Seconds:0.#} s.");
        var children = names.Select(name => ChildServer.Start(name, ServerArguments(arguments, application, name)))
            .ToList();
        try
        {
            return await RunChildrenAsync(arguments, application, children, server, redis.GetDatabase());
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or InvalidDataException
            or RedisException)
        {
            Console.WriteLine($"FAIL: {ex.Message}");
            return 1;
        }
        finally
        {
            foreach (var child in children)
            {
                child.Dispose();
            }
        }
    }

    private static async Task<int> RunChildrenAsync(DemoArguments arguments, string application,
        List<ChildServer> children, IServer server, IDatabase database)
    {
        await Task.WhenAll(children.Select(c => c.Ready)).WaitAsync(StartTimeout);
        Console.WriteLine("All servers are subscribed. Go!");
        await Task.WhenAll(children.Select(c => c.SendAsync(Protocol.Go)));

        var run = TimeSpan.FromSeconds(arguments.Seconds);
        if (children.Any(c => c.Name == CutServer))
        {
            await Task.Delay(run * CutAtFractionOfRun);
            var clientName = $"eventsystem.{application}.{CutServer}";
            Console.WriteLine($"Cutting {CutServer}'s subscription: CLIENT KILL on its pub/sub connection "
                + $"every {CutEvery.TotalMilliseconds:0} ms for {CutDuration.TotalSeconds:0.#} s...");
            var killed = await SubscriptionCutter.CutAsync(server, clientName, CutDuration, CutEvery);
            Console.WriteLine($"Cut {CutServer}'s subscription: killed {killed} connection(s).");
        }

        await Task.WhenAll(children.Select(c => c.DoneSending)).WaitAsync(run + StartTimeout);
        Console.WriteLine("All servers stopped raising; waiting for them to settle and report.");
        await Task.WhenAll(children.Select(c => c.SendAsync(Protocol.Finish)));
        var summaries = await Task.WhenAll(children.Select(c => c.Summary)).WaitAsync(StartTimeout);
        var exitCodes = await Task.WhenAll(children.Select(c => c.WaitForExitAsync(TimeSpan.FromSeconds(15))));

        // The runtime's counter hash (see RedisNames and RaiseScript): one more witness that nothing went unsent.
        var counter = await database.HashGetAsync($"eventsystem:{{{application}}}:counter", "seq");
        return DemoReport.Print(summaries, exitCodes, CutServer, counter.IsNull ? 0 : (long)counter);
    }

    private static string[] ServerArguments(DemoArguments arguments, string application, string name) =>
    [
        "--role", "server", "--redis", arguments.Redis, "--app", application, "--name", name,
        "--seconds", arguments.Seconds.ToString(CultureInfo.InvariantCulture),
    ];
}
