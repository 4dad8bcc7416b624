using System.Buffers.Binary;
using EventSystem.Wire;
using StackExchange.Redis;

namespace EventSystem.Transport.Redis;

/// <summary>Carries envelopes over Redis: the raise script to publish, a pub/sub channel to receive.</summary>
internal sealed class RedisTransport : IEventTransport
{
    private readonly IConnectionMultiplexer connection;
    private readonly bool ownsConnection;
    private readonly RedisNames names;
    private readonly RedisKey[] counterKey;
    private readonly RedisChannel channel;
    private readonly CancellationTokenSource stopping = new();
    private ChannelMessageQueue? subscription;
    private ITransportListener? listener;
    private Task? receiveLoop;

    public RedisTransport(IConnectionMultiplexer connection, bool ownsConnection, RedisNames names)
    {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.names = names;
        counterKey = [names.CounterKey];
        channel = RedisChannel.Literal(names.Channel);
    }

    public bool IsRemote => true;

    public bool IsConnected => connection.IsConnected;

    public async Task StartAsync(ITransportListener listener, CancellationToken cancellationToken)
    {
        this.listener = listener;
        connection.ConnectionFailed += OnConnectionFailed;
        connection.ConnectionRestored += OnConnectionRestored;
        subscription = await SubscribeAsync(cancellationToken).ConfigureAwait(false);
    }

    public void BeginReceiving() => receiveLoop = Task.Run(ReceiveAsync, CancellationToken.None);

    /// <summary>
    /// Subscribes, retrying briefly: right after a connect, the subscription connection may still be coming up.
    /// </summary>
    private async Task<ChannelMessageQueue> SubscribeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await connection.GetSubscriber().SubscribeAsync(channel).ConfigureAwait(false);
            }
            catch (RedisConnectionException) when (attempt < 50)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<PublishReceipt> PublishAsync(
        ReadOnlyMemory<byte> body, int eventCount, CancellationToken cancellationToken)
    {
        var (transaction, stamped, published) = Prepare(body, eventCount);
        if (!await transaction.ExecuteAsync().ConfigureAwait(false))
        {
            throw new RedisException("The raise transaction was not executed.");
        }

        await published.ConfigureAwait(false);
        return ReadReceipt(await stamped.ConfigureAwait(false), eventCount);
    }

    public PublishReceipt Publish(ReadOnlyMemory<byte> body, int eventCount)
    {
        var (transaction, stamped, published) = Prepare(body, eventCount);
        if (!transaction.Execute())
        {
            throw new RedisException("The raise transaction was not executed.");
        }

        published.GetAwaiter().GetResult();
        return ReadReceipt(stamped.GetAwaiter().GetResult(), eventCount);
    }

    /// <summary>The stamp script and the body's PUBLISH, queued in one transaction that is not sent yet.</summary>
    private (ITransaction Transaction, Task<RedisResult> Stamped, Task<long> Published) Prepare(
        ReadOnlyMemory<byte> body, int eventCount)
    {
        var transaction = connection.GetDatabase().CreateTransaction();
        var stamped = transaction.ScriptEvaluateAsync(RaiseScript.Source, counterKey, ScriptArguments(eventCount));
        var published = transaction.PublishAsync(channel, body);
        return (transaction, stamped, published);
    }

    private static PublishReceipt ReadReceipt(RedisResult result, int eventCount)
    {
        var parts = (RedisResult[])result!;
        var epoch = BinaryPrimitives.ReadInt64BigEndian((byte[])parts[0]!);
        var last = (long)parts[1];
        return new PublishReceipt(epoch, last - eventCount + 1, last);
    }

    private RedisValue[] ScriptArguments(int eventCount)
    {
        // A fresh proposal each time: after a reset, the next raise must start an epoch unlike any before it.
        var proposedEpoch = new byte[8];
        do
        {
            Random.Shared.NextBytes(proposedEpoch);
        }
        while (BinaryPrimitives.ReadInt64BigEndian(proposedEpoch) == 0);

        return [names.Channel, eventCount, proposedEpoch, WireFormat.StampHeadBytes];
    }

    /// <summary>
    /// One hash field per node. The hash expires an hour after the last report, so an application whose servers
    /// are all gone leaves nothing behind; a crashed node's field stays until then and shows its last-seen time.
    /// </summary>
    public async Task ReportPresenceAsync(string field, ReadOnlyMemory<byte> presence)
    {
        var db = connection.GetDatabase();
        if (presence.IsEmpty)
        {
            await db.HashDeleteAsync(names.NodesKey, field).ConfigureAwait(false);
            return;
        }

        await db.HashSetAsync(names.NodesKey, field, presence).ConfigureAwait(false);
        await db.KeyExpireAsync(names.NodesKey, TimeSpan.FromHours(1)).ConfigureAwait(false);
    }

    public async Task<CounterSnapshot> ReadCounterAsync(CancellationToken cancellationToken)
    {
        var values = await connection.GetDatabase()
            .HashGetAsync(names.CounterKey, [RaiseScript.EpochField, RaiseScript.SequenceField])
            .ConfigureAwait(false);
        var epochBytes = (byte[]?)values[0];
        long? epoch = epochBytes is { Length: 8 } ? BinaryPrimitives.ReadInt64BigEndian(epochBytes) : null;
        long value = 0;
        if (!values[1].IsNull && !values[1].TryParse(out value))
        {
            throw new InvalidDataException(
                $"The {RaiseScript.SequenceField} field of {names.CounterKey} is not a number; delete the key.");
        }

        return new CounterSnapshot(epoch, value);
    }

    public async ValueTask DisposeAsync()
    {
        connection.ConnectionFailed -= OnConnectionFailed;
        connection.ConnectionRestored -= OnConnectionRestored;
        await stopping.CancelAsync().ConfigureAwait(false);
        if (subscription is not null)
        {
            try
            {
                // A frozen or unreachable server must not hold up shutdown for long.
                await subscription.UnsubscribeAsync().WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or ObjectDisposedException or TimeoutException)
            {
                // Unsubscribing from a dead connection is moot: the server already forgot us. A connection the
                // application supplied may also have been closed by its owner first, as hosts do on shutdown.
            }
        }

        if (receiveLoop is not null)
        {
            await receiveLoop.ConfigureAwait(false);
        }

        if (ownsConnection)
        {
            // Nothing is left to wait for: raises have completed or failed by now.
            await connection.CloseAsync(allowCommandsToComplete: false).ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var queue = subscription!;
        try
        {
            while (true)
            {
                listener!.OnWaiting(true);
                var message = await queue.ReadAsync(stopping.Token).ConfigureAwait(false);
                listener.OnWaiting(false);
                do
                {
                    var halfOfPair = await listener.OnMessageAsync((byte[]?)message.Message ?? [])
                        .ConfigureAwait(false);
                    if (!queue.TryRead(out message) && !(halfOfPair && TryReadSoon(queue, out message)))
                    {
                        break;
                    }
                }
                while (true);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // Unsubscribed.
        }
    }

    /// <summary>
    /// Looks for the second half of a pair for a few microseconds: it left Redis together with the first, and
    /// sleeping until it is parsed would cost a thread hop on every raise.
    /// </summary>
    private static bool TryReadSoon(ChannelMessageQueue queue, out ChannelMessage message)
    {
        var spinner = default(SpinWait);
        for (var i = 0; i < 20; i++)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
            if (queue.TryRead(out message))
            {
                return true;
            }
        }

        message = default;
        return false;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            listener?.OnSubscriptionLost($"{e.FailureType} at {e.EndPoint}");
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            listener?.OnSubscriptionRestored();
        }
    }
}
