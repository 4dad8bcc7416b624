using EventSystem.Tool.Cli;
using EventSystem.Tool.Connection;
using EventSystem.Tool.Monitoring;
using EventSystem.Transport.Redis;
using EventSystem.Wire;
using StackExchange.Redis;

namespace EventSystem.Tool.Commands;

/// <summary><c>eventsystem monitor</c>: prints every message on the application's channel as it arrives.</summary>
internal static class MonitorCommand
{
    /// <summary>The highest payload limit a node may have; the monitor decodes whatever some node could.</summary>
    private const int MaxPayloadBytes = 64 * 1024 * 1024;

    public const string Help = """
        Usage: eventsystem monitor --redis <connection> --app <name> [options]

        Subscribes to the application's channel and prints each message as it arrives: sequence number, sending
        server, event id, raiser id and payload size. Also prints gaps in the sequence numbers, numbers that arrive
        late or twice, counter resets (a new epoch), and messages it cannot decode with the reason. Stops on Ctrl-C.

        Options:
          --redis <connection>   StackExchange.Redis connection string, e.g. localhost:6379 (required)
          --app <name>           application name, as in EventSystemOptions.ApplicationName (required)
          --json                 one JSON object per line instead of text
          --count <n>            stop after n messages
          --seconds <duration>   stop after this long, e.g. 30, 2.5s, 500ms
          --timeout <duration>   how long to wait for Redis to connect (default 5s)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken stop)
    {
        var parsed = ArgumentReader.Read("monitor", args, [.. Target.Options, "--count", "--seconds"], ["--json"]);
        var target = Target.From(parsed);
        var count = parsed.PositiveInt("--count");
        var duration = parsed.Duration("--seconds");
        var printer = new MonitorPrinter(output, parsed.Has("--json"));

        await using var connection = await RedisConnector.ConnectAsync(target, stop).ConfigureAwait(false);
        var names = RedisNames.For(target.ApplicationName);
        connection.ConnectionFailed += (_, e) => Announce(printer, e, "lost; messages sent meanwhile are not seen");
        connection.ConnectionRestored += (_, e) => Announce(printer, e, "restored");

        ChannelMessageQueue queue;
        SequenceWatch watch;
        try
        {
            queue = await connection.GetSubscriber().SubscribeAsync(RedisChannel.Literal(names.Channel))
                .ConfigureAwait(false);
            var start = await CounterReader.ReadAsync(connection, names).ConfigureAwait(false);
            watch = new SequenceWatch(start);
            printer.Started(names.Channel, start);
        }
        catch (RedisException ex)
        {
            throw RedisConnector.Unreachable(target, ex);
        }

        using var window = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (duration is { } limit)
        {
            window.CancelAfter(limit);
        }

        var seen = 0;
        var assembler = new EnvelopeAssembler(MaxPayloadBytes);
        try
        {
            while (count is null || seen < count)
            {
                var message = await queue.ReadAsync(window.Token).ConfigureAwait(false);
                if (Describe(printer, watch, assembler, target.ApplicationName, (byte[]?)message.Message ?? []))
                {
                    seen++;
                }
            }
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            // Ctrl-C or --seconds: a normal end.
        }

        await UnsubscribeQuietlyAsync(queue).ConfigureAwait(false);
        printer.Stopped(seen, watch.MissingTotal);
        return ExitCodes.Success;
    }

    /// <summary>Prints what a message adds up to; false for a stamp, which only counts with its body.</summary>
    private static bool Describe(
        MonitorPrinter printer, SequenceWatch watch, EnvelopeAssembler assembler, string application, byte[] message)
    {
        var now = DateTimeOffset.Now;
        var assembled = assembler.Accept(message);
        if (assembled.AbandonedStamp)
        {
            printer.Notice(now, "a stamp arrived without its body (cut subscription or forgery)");
        }

        if (assembled.Rejected is { } reason)
        {
            printer.Undecodable(now, reason, message);
            return true;
        }

        if (assembled.Envelope is not { } envelope)
        {
            return false; // A stamp: its body follows in the next message.
        }

        var note = watch.Observe(envelope!.Epoch, envelope.FirstSequenceNumber, envelope.LastSequenceNumber);
        var foreign = envelope.ApplicationName == application ? null : application;
        printer.Message(now, envelope, note, foreign);
        return true;
    }

    private static void Announce(MonitorPrinter printer, ConnectionFailedEventArgs e, string what)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            printer.Notice(DateTimeOffset.Now, $"subscription to {e.EndPoint} {what} ({e.FailureType})");
        }
    }

    private static async Task UnsubscribeQuietlyAsync(ChannelMessageQueue queue)
    {
        try
        {
            await queue.UnsubscribeAsync().ConfigureAwait(false);
        }
        catch (RedisException)
        {
            // The connection closes next anyway.
        }
    }
}
