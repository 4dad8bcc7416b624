using System.Collections.Concurrent;
using System.Text.Json;
using EventSystem.Diagnostics;
using EventSystem.Dispatch;
using EventSystem.Publishing;
using EventSystem.Sequencing;
using EventSystem.Transport;
using EventSystem.Transport.InProcess;
using EventSystem.Transport.Redis;
using EventSystem.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace EventSystem;

/// <summary>
/// One server's connection to the event system: the <see cref="IEventRegistry"/> that hands out events, and the
/// machinery that sends and receives them. Start it once per process (or per application in a process) and
/// dispose it on shutdown.
/// </summary>
/// <example>
/// <code>
/// await using var node = await EventSystemNode.StartAsync(new EventSystemOptions
/// {
///     RedisConnectionString = "localhost:6379",
///     ApplicationName = "shop",
/// });
/// var productChanged = node.Get(new Guid("5f0d9b0e-41c5-4f3c-9e0a-3c7f5d0f5a11"));
/// productChanged.Raised += (_, e) => cache.Remove($"product:{e.Param}");
/// productChanged.Raise(Guid.NewGuid(), "42");
/// </code>
/// </example>
public sealed partial class EventSystemNode : IEventRegistry, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, Event> events = new();
    private readonly EventSystemOptions options;
    private readonly ILogger logger;
    private readonly NodeCounters counters = new();
    private readonly DropLogThrottle dropLog;
    private readonly NodeTelemetry telemetry;
    private readonly IConnectionMultiplexer? suppliedConnection;
    private readonly CancellationTokenSource stopping = new();
    private MeteredTransport? transport;
    private HandlerDispatcher? dispatcher;
    private RaiseBatcher? batcher;
    private Task? maintenance;
    private static EventSystemNode? defaultNode;
    private DateTimeOffset startedAt;
    private int state; // 0 new, 1 starting, 2 started, 3 stopped

    /// <summary>Creates a node that does nothing until <see cref="StartAsync(CancellationToken)"/>.</summary>
    /// <exception cref="ArgumentException">
    /// A setting in <paramref name="options"/> cannot work; the message names it.
    /// </exception>
    public EventSystemNode(EventSystemOptions options, ILoggerFactory? loggerFactory = null)
        : this(options, loggerFactory, connection: null)
    {
    }

    /// <summary>Creates a node that uses a Redis connection the application already has.</summary>
    public EventSystemNode(
        EventSystemOptions options, IConnectionMultiplexer connection, ILoggerFactory? loggerFactory = null)
        : this(options, loggerFactory, connection ?? throw new ArgumentNullException(nameof(connection)))
    {
    }

    private EventSystemNode(
        EventSystemOptions options, ILoggerFactory? loggerFactory, IConnectionMultiplexer? connection)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        suppliedConnection = connection;
        logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("EventSystem");
        dropLog = new DropLogThrottle(logger, options.TimeProvider);
        Sender = new SenderInfo(Guid.NewGuid(), options.ApplicationName, options.ServerName);
        sequence = NewTracker(0);
        assembler = new EnvelopeAssembler(options.MaxPayloadBytes);
        telemetry = new NodeTelemetry(options.ApplicationName, options.ServerName,
            RedisNames.For(options.ApplicationName).Channel,
            distributed: connection is not null || options.RedisConnectionString is not null,
            options.TimeProvider, HeldOutOfOrderNow);
    }

    /// <inheritdoc/>
    public event EventHandler<EventMissedEventArgs>? Missed;

    /// <summary>The application this node belongs to.</summary>
    public string ApplicationName => options.ApplicationName;

    /// <summary>The name other servers see as the sender.</summary>
    public string ServerName => options.ServerName;

    /// <summary>A random id for this node's lifetime; it tells this node's own messages from others'.</summary>
    public Guid NodeId => Sender.NodeId;

    /// <summary>Whether the node is started and not yet stopped.</summary>
    public bool IsStarted => Volatile.Read(ref state) == 2;

    /// <summary>Whether the node is started and its Redis connection is up (always, for an in-process node).</summary>
    public bool IsConnected => IsStarted && (transport?.IsConnected ?? false);

    /// <summary>Whether events reach other servers (Redis configured) or this server only.</summary>
    public bool IsDistributed => transport?.IsRemote ?? options.RedisConnectionString is not null;

    /// <summary>What this node has sent, received, missed and dropped so far.</summary>
    public EventSystemStatistics Statistics
    {
        get
        {
            lock (sequenceLock)
            {
                return counters.Snapshot(sequence.HeldCount);
            }
        }
    }

    /// <summary>
    /// The node started most recently in this process and not yet stopped; generated event classes use it when no
    /// registry is passed. <see langword="null"/> when no node is running.
    /// </summary>
    public static EventSystemNode? Default => Volatile.Read(ref defaultNode);

    internal SenderInfo Sender { get; }

    internal JsonSerializerOptions JsonOptions => options.JsonSerializerOptions;

    /// <summary>Creates a node and starts it; see <see cref="StartAsync(CancellationToken)"/>.</summary>
    public static async Task<EventSystemNode> StartAsync(
        EventSystemOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var node = new EventSystemNode(options, loggerFactory);
        try
        {
            await node.StartAsync(cancellationToken).ConfigureAwait(false);
            return node;
        }
        catch
        {
            await node.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Connects to Redis, subscribes, and reads the application's counter, so that every event raised elsewhere
    /// from now on is either received or reported missed.
    /// </summary>
    /// <exception cref="EventSystemUnavailableException">
    /// Redis could not be reached within the connect timeout.
    /// </exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        switch (Interlocked.CompareExchange(ref state, 1, 0))
        {
            case 0:
                break;
            case 3:
                throw new ObjectDisposedException(nameof(EventSystemNode),
                    "This event system node was stopped and cannot start again; create a new one.");
            default:
                throw new InvalidOperationException("This event system node was already started; start it once.");
        }

        transport = new MeteredTransport(
            await CreateTransportAsync(cancellationToken).ConfigureAwait(false), telemetry);
        dispatcher = new HandlerDispatcher(
            options.MaxConcurrentHandlers, options.MaxQueuedHandlerCalls, InvokeHandler, OnHandlerFailed);
        batcher = new RaiseBatcher(
            transport, Sender, options.TimeProvider, options.RaiseTimeout, OnPublished, OnSent, DescribePublishFailure);
        await transport.StartAsync(this, cancellationToken).ConfigureAwait(false);
        var counter = await ReadCounterOrThrowAsync(cancellationToken).ConfigureAwait(false);
        lock (sequenceLock)
        {
            epoch = counter.Epoch;
            sequence = NewTracker(counter.Value);
        }

        // Only now: a message handed over before the counter was read would be forgotten by the new tracker.
        transport.BeginReceiving();
        batcher.Start();
        startedAt = options.TimeProvider.GetUtcNow();
        if (transport.IsRemote)
        {
            await ReportPresenceAsync(leaving: false).ConfigureAwait(false);
        }

        maintenance = Task.Run(MaintainAsync, CancellationToken.None);
        Volatile.Write(ref state, 2);
        Volatile.Write(ref defaultNode, this);
        EventSystemInstruments.Register(telemetry);
        if (transport.IsRemote)
        {
            Log.Started(logger, ServerName, ApplicationName, RedisNames.For(ApplicationName).Channel, counter.Value);
        }
        else
        {
            Log.InProcessOnly(logger, ApplicationName);
        }
    }

    /// <summary>Returns <see cref="Default"/>, or throws an exception that says how to start a node.</summary>
    /// <exception cref="InvalidOperationException">No node is running in this process.</exception>
    public static EventSystemNode RequireDefault() => Default ?? throw new InvalidOperationException(
        "No event system node is running in this process. Start one at application start-up with "
        + "'await EventSystemNode.StartAsync(new EventSystemOptions { ... })', or pass an IEventRegistry explicitly.");

    /// <inheritdoc/>
    public Event Get(Guid eventId)
    {
        if (eventId == Guid.Empty)
        {
            throw new ArgumentException("An event id must not be Guid.Empty; give each event its own fixed GUID.",
                nameof(eventId));
        }

        return events.GetOrAdd(eventId, static (id, node) => new Event(id, node), this);
    }

    /// <inheritdoc/>
    public IEnumerable<Event> List() => events.Values.ToArray();

    /// <summary>
    /// Stops taking raises and remote events, unsubscribes, lets running and queued handlers finish for up to
    /// <see cref="EventSystemOptions.ShutdownTimeout"/>, and closes the Redis connection if the node opened it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref state, 3) == 3)
        {
            return;
        }

        Interlocked.CompareExchange(ref defaultNode, null, this);
        EventSystemInstruments.Unregister(telemetry);
        await stopping.CancelAsync().ConfigureAwait(false);
        // Each stage is bounded, so that a frozen Redis cannot hold up an application's shutdown.
        if (batcher is not null
            && await WithinShutdownTimeoutAsync(batcher.StopAsync(), "raises").ConfigureAwait(false))
        {
            batcher.Dispose();
        }

        if (transport is not null)
        {
            if (transport.IsRemote && transport.IsConnected && startedAt != default)
            {
                await ReportPresenceAsync(leaving: true).ConfigureAwait(false);
            }

            await WithinShutdownTimeoutAsync(transport.DisposeAsync().AsTask(), "connection").ConfigureAwait(false);
        }

        if (maintenance is not null)
        {
            await WithinShutdownTimeoutAsync(maintenance, "background loop").ConfigureAwait(false);
        }

        if (dispatcher is not null)
        {
            await dispatcher.StopAsync(options.ShutdownTimeout).ConfigureAwait(false);
        }

        stopping.Dispose();
        Log.Stopped(logger, ServerName);
    }

    private async Task<bool> WithinShutdownTimeoutAsync(Task stage, string what)
    {
        try
        {
            await stage.WaitAsync(options.ShutdownTimeout).ConfigureAwait(false);
            return true;
        }
#pragma warning disable CA1031 // Stopping goes on whatever a stage did; the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.ShutdownStageFailed(logger, ex, what, options.ShutdownTimeout);
            return false;
        }
    }

    private async Task<IEventTransport> CreateTransportAsync(CancellationToken cancellationToken)
    {
        if (suppliedConnection is not null)
        {
            return new RedisTransport(suppliedConnection, ownsConnection: false, RedisNames.For(ApplicationName));
        }

        if (options.RedisConnectionString is null)
        {
            return new InProcessTransport();
        }

        var configuration = ConfigurationOptions.Parse(options.RedisConnectionString);
        configuration.AbortOnConnectFail = true;
        configuration.ConnectTimeout = (int)options.ConnectTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)options.RaiseTimeout.TotalMilliseconds;
        configuration.SyncTimeout = (int)options.RaiseTimeout.TotalMilliseconds;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;

        // A connection of its own for the subscription, so that large publishes never queue ahead of deliveries
        // and a cut subscription is told apart from a cut command connection.
        configuration.Protocol ??= RedisProtocol.Resp2;
        configuration.ClientName ??= $"eventsystem.{ApplicationName}.{SafeName(ServerName)}";
        try
        {
            var connection = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken)
                .ConfigureAwait(false);
            return new RedisTransport(connection, ownsConnection: true, RedisNames.For(ApplicationName));
        }
        catch (RedisConnectionException ex)
        {
            // Endpoints only: the connection string may hold a password, and this message ends up in logs.
            var endpoints = string.Join(", ", configuration.EndPoints.Select(EndPointCollection.ToString));
            throw new EventSystemUnavailableException(
                $"Could not connect to Redis at {endpoints} within {options.ConnectTimeout.TotalSeconds:0.#} s "
                + $"({ex.FailureType}). Check that redis-server is running and that "
                + "EventSystemOptions.RedisConnectionString points at it.", ex);
        }
    }

    private async Task<Transport.CounterSnapshot> ReadCounterOrThrowAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await transport!.ReadCounterAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            throw new EventSystemUnavailableException("Could not read the application's counter from Redis.", ex);
        }
    }

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());

    private GapTracker NewTracker(long baseline) =>
        new(baseline, options.MissedEventWait, options.MaxHeldOutOfOrder, MaxSequenceJump);
}
