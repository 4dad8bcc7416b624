using EventSystem.Tool.Cli;
using EventSystem.Tool.Connection;
using EventSystem.Tool.Monitoring;
using EventSystem.Transport;
using EventSystem.Transport.Redis;
using EventSystem.Wire;
using StackExchange.Redis;

namespace EventSystem.Tool.Commands;

/// <summary>
/// <c>eventsystem status</c>: the counter, how many connections subscribe to the channel, the nodes' presence
/// records, and the senders seen during a short listening window.
/// </summary>
internal static class StatusCommand
{
    public const string Help = """
        Usage: eventsystem status --redis <connection> --app <name> [options]

        Shows the application's counter (epoch and value), how many connections subscribe to its channel, the
        nodes from the presence records they keep in Redis (refreshed every CounterCheckInterval: counts sent,
        received, missed, dropped, counter resets, subscription losses), and the servers that sent events while
        the tool listened. Nodes not seen for longer than --stale are listed apart: they stopped without leaving
        (crashed, killed), hang, or cannot reach Redis.

        Options:
          --redis <connection>   StackExchange.Redis connection string, e.g. localhost:6379 (required)
          --app <name>           application name, as in EventSystemOptions.ApplicationName (required)
          --listen <duration>    how long to watch the channel for senders (default 2s)
          --stale <duration>     a node not seen for longer is listed as not seen (default 60s)
          --json                 one JSON object instead of text
          --timeout <duration>   how long to wait for Redis to connect (default 5s)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken stop)
    {
        var parsed = ArgumentReader.Read("status", args, [.. Target.Options, "--listen", "--stale"], ["--json"]);
        var target = Target.From(parsed);
        var listen = parsed.Duration("--listen") ?? TimeSpan.FromSeconds(2);
        var stale = parsed.Duration("--stale") ?? TimeSpan.FromMinutes(1);
        await using var connection = await RedisConnector.ConnectAsync(target, stop).ConfigureAwait(false);
        var names = RedisNames.For(target.ApplicationName);
        try
        {
            var channel = RedisChannel.Literal(names.Channel);
            var subscribers = await connection.GetServer(connection.GetEndPoints()[0])
                .SubscriptionSubscriberCountAsync(channel).ConfigureAwait(false);
            var queue = await connection.GetSubscriber().SubscribeAsync(channel).ConfigureAwait(false);
            var before = await CounterReader.ReadAsync(connection, names).ConfigureAwait(false);
            var (tally, watch) = await ListenAsync(queue, before, listen, stop).ConfigureAwait(false);
            await queue.UnsubscribeAsync().ConfigureAwait(false);
            var after = await CounterReader.ReadAsync(connection, names).ConfigureAwait(false);
            var presence = await PresenceReader.ReadAsync(connection, names).ConfigureAwait(false);
            var report = new StatusReport(names.Channel, before, after, subscribers, listen, tally, watch.MissingTotal,
                presence, stale, DateTimeOffset.Now);
            if (parsed.Has("--json"))
            {
                output.WriteLine(report.ToJson(target.ApplicationName).ToJsonString());
            }
            else
            {
                report.WriteText(output, target.ApplicationName);
            }
        }
        catch (RedisException ex)
        {
            throw RedisConnector.Unreachable(target, ex);
        }

        return ExitCodes.Success;
    }

    private static async Task<(SenderTally Tally, SequenceWatch Watch)> ListenAsync(
        ChannelMessageQueue queue, CounterSnapshot start, TimeSpan listen, CancellationToken stop)
    {
        var tally = new SenderTally();
        var watch = new SequenceWatch(start);
        var assembler = new EnvelopeAssembler(int.MaxValue);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(stop);
        window.CancelAfter(listen);
        try
        {
            while (true)
            {
                var message = await queue.ReadAsync(window.Token).ConfigureAwait(false);
                var assembled = assembler.Accept((byte[]?)message.Message ?? []);
                if (assembled.Envelope is { } envelope)
                {
                    tally.Add(envelope, DateTimeOffset.Now);
                    watch.Observe(envelope.Epoch, envelope.FirstSequenceNumber, envelope.LastSequenceNumber);
                }
                else if (assembled.Rejected is not null || assembled.AbandonedStamp)
                {
                    tally.AddUndecodable();
                }
            }
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            return (tally, watch);
        }
    }
}
