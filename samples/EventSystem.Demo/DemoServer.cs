using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace EventSystem.Demo;

/// <summary>
/// One server of the demo application: raises ProductChanged and CacheCleared at a steady pace, prints a sample of
/// what it receives and every loss it is told about, and finally prints a machine-readable summary.
/// </summary>
internal sealed class DemoServer
{
    internal const int RaisesPerSecond = 100;
    private static readonly TimeSpan MissedEventWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CounterCheckInterval = TimeSpan.FromSeconds(1);

    private readonly string name;
    private long remoteDeliveries;
    private long raiseFailures;

    private DemoServer(string name) => this.name = name;

    public static async Task<int> RunAsync(DemoArguments arguments)
    {
        using var loggerFactory = new QuietConsoleLoggerFactory(perKind: 2);
        await using var node = await EventSystemNode.StartAsync(new EventSystemOptions
        {
            RedisConnectionString = arguments.Redis,
            ApplicationName = arguments.Application!,
            ServerName = arguments.Name!,
            MissedEventWait = MissedEventWait,
            CounterCheckInterval = CounterCheckInterval,
        }, loggerFactory);
        return await new DemoServer(arguments.Name!).RunAsync(node, TimeSpan.FromSeconds(arguments.Seconds));
    }

    private async Task<int> RunAsync(EventSystemNode node, TimeSpan duration)
    {
        var productChanged = node.Get(DemoEvents.ProductChanged)
            .UseParameterType(DemoJsonContext.Default.ProductChange);
        var cacheCleared = node.Get(DemoEvents.CacheCleared);
        productChanged.Raised += OnRaised;
        cacheCleared.Raised += OnRaised;
        node.Missed += OnMissed;

        Console.WriteLine(Protocol.Ready);
        if (!await WaitForLineAsync(Protocol.Go))
        {
            return 3;
        }

        await RaiseSteadilyAsync(productChanged, cacheCleared, duration);
        Console.WriteLine($"stopped raising after {node.Statistics.Sent} events");
        Console.WriteLine(Protocol.DoneSending);
        if (!await WaitForLineAsync(Protocol.Finish))
        {
            return 3;
        }

        await SettleAsync(node);
        var statistics = node.Statistics;
        var summary = new ServerSummary(name, statistics.Sent, statistics.Received, statistics.MissedEvents,
            statistics.MissedReports, statistics.DroppedTotal, statistics.SubscriptionLosses,
            Interlocked.Read(ref raiseFailures));
        var json = JsonSerializer.Serialize(summary, DemoJsonContext.Default.ServerSummary);
        Console.WriteLine($"{Protocol.Summary} {json}");
        return 0;
    }

    private async Task RaiseSteadilyAsync(Event productChanged, Event cacheCleared, TimeSpan duration)
    {
        var raiser = Guid.NewGuid();
        var interval = TimeSpan.FromSeconds(1.0 / RaisesPerSecond);
        var started = TimeProvider.System.GetTimestamp();
        for (var i = 0; ; i++)
        {
            var due = interval * i;
            if (due >= duration)
            {
                return;
            }

            var wait = due - TimeProvider.System.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            try
            {
                if (i % 10 == 9)
                {
                    await cacheCleared.RaiseAsync(raiser, $"region-{i % 3}");
                }
                else
                {
                    var product = new ProductChange(40 + (i % 7), $"Product {40 + (i % 7)}", 9.99m + (i % 5),
                        DateTimeOffset.UtcNow);
                    await productChanged.RaiseAsync(raiser, product);
                }
            }
            catch (EventSystemUnavailableException ex)
            {
                if (Interlocked.Increment(ref raiseFailures) <= 3)
                {
                    Console.WriteLine($"raise failed (not counted as sent): {ex.Message}");
                }
            }
        }
    }

    /// <summary>
    /// Waits long enough for every gap to be noticed by a counter check and then to expire, so that every event
    /// the other servers sent is by now either received or reported missed.
    /// </summary>
    private static async Task SettleAsync(EventSystemNode node)
    {
        await Task.Delay(MissedEventWait + CounterCheckInterval + TimeSpan.FromSeconds(1));
        var deadline = TimeProvider.System.GetTimestamp();
        while (node.Statistics.HeldOutOfOrder > 0 && TimeProvider.System.GetElapsedTime(deadline).TotalSeconds < 10)
        {
            await Task.Delay(100);
        }
    }

    private void OnRaised(object? sender, EventNotificationEventArgs e)
    {
        if (e.IsLocal)
        {
            return;
        }

        var count = Interlocked.Increment(ref remoteDeliveries);
        if (count > 3 && count % 200 != 0)
        {
            return;
        }

        var what = e.Param switch
        {
            ProductChange change => string.Create(CultureInfo.InvariantCulture,
                $"product {change.ProductId} price {change.Price}"),
            string region => $"cleared {region}",
            _ => "no argument",
        };
        Console.WriteLine($"received {DemoEvents.NameOf(e.EventId)} #{e.SequenceNumber} from {e.ServerName}: {what}"
            + $" ({count} received so far)");
    }

    private static void OnMissed(object? sender, EventMissedEventArgs e) =>
        Console.WriteLine($"MISSED {e.Count} event(s): #{e.FirstSequenceNumber}..#{e.LastSequenceNumber}");

    private static async Task<bool> WaitForLineAsync(string expected)
    {
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line.Trim() == expected)
            {
                return true;
            }
        }

        await Console.Error.WriteLineAsync($"standard input closed before '{expected}'; stopping");
        return false;
    }
}
