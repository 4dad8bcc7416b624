using System.Text;
using System.Text.Json;

namespace EventSystem;

/// <summary>Settings of one event system node. <see cref="Validate"/> names the first bad setting it finds.</summary>
public sealed class EventSystemOptions
{
    /// <summary>
    /// A StackExchange.Redis connection string (for example <c>localhost:6379</c>). Without one the node runs
    /// in-process only: a broadcast reaches this server's handlers and no other server.
    /// </summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>
    /// The application the node belongs to. Applications sharing one Redis never see each other's events.
    /// Letters, digits, '.', '-' and '_' only, at most 100 characters.
    /// </summary>
    public string ApplicationName { get; set; } = "default";

    /// <summary>The name other servers see as the sender. Defaults to the machine name and process id.</summary>
    public string ServerName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>How long a gap in the sequence numbers may stay open before its events count as missed.</summary>
    public TimeSpan MissedEventWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often the node compares what it received with the application's counter in Redis, so that a loss just
    /// before a quiet period is still reported.
    /// </summary>
    public TimeSpan CounterCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The largest serialized event argument, in bytes. Larger raises throw; larger messages are dropped.
    /// </summary>
    public int MaxPayloadBytes { get; set; } = 256 * 1024;

    /// <summary>How many handlers may run at once for remote events and missed reports.</summary>
    public int MaxConcurrentHandlers { get; set; } = 16;

    /// <summary>How many handler calls may wait for a free slot before receiving pauses.</summary>
    public int MaxQueuedHandlerCalls { get; set; } = 10_000;

    /// <summary>
    /// How many events that arrived ahead of a gap may be held while the gap waits to fill; past this the oldest
    /// gap is reported missed at once.
    /// </summary>
    public int MaxHeldOutOfOrder { get; set; } = 10_000;

    /// <summary>How long a broadcast raise may wait for Redis before it fails.</summary>
    public TimeSpan RaiseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long starting may wait for Redis before it fails.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long stopping waits for running and queued handlers before it leaves them behind.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How event arguments are written and read. Every server of an application must use the same.</summary>
    public JsonSerializerOptions JsonSerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>The clock; tests replace it.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApplicationName) || ApplicationName.Length > 100
            || !ApplicationName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw Bad(nameof(ApplicationName), ApplicationName,
                "use 1 to 100 letters, digits, '.', '-' or '_' (it becomes part of Redis key and channel names)");
        }

        if (string.IsNullOrWhiteSpace(ServerName) || Encoding.UTF8.GetByteCount(ServerName) > 255)
        {
            throw Bad(nameof(ServerName), ServerName, "use a non-empty name of at most 255 UTF-8 bytes");
        }

        RequirePositive(nameof(MissedEventWait), MissedEventWait);
        RequirePositive(nameof(CounterCheckInterval), CounterCheckInterval);
        RequirePositive(nameof(RaiseTimeout), RaiseTimeout);
        RequirePositive(nameof(ConnectTimeout), ConnectTimeout);
        RequirePositive(nameof(ShutdownTimeout), ShutdownTimeout);
        if (MaxPayloadBytes is < 1 or > 64 * 1024 * 1024)
        {
            throw Bad(nameof(MaxPayloadBytes), MaxPayloadBytes, "use 1 byte to 64 MiB");
        }

        RequireAtLeastOne(nameof(MaxConcurrentHandlers), MaxConcurrentHandlers);
        RequireAtLeastOne(nameof(MaxQueuedHandlerCalls), MaxQueuedHandlerCalls);
        RequireAtLeastOne(nameof(MaxHeldOutOfOrder), MaxHeldOutOfOrder);
        if (JsonSerializerOptions is null || TimeProvider is null)
        {
            throw new ArgumentException("EventSystemOptions.JsonSerializerOptions and TimeProvider must be set.");
        }
    }

    private static void RequirePositive(string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            throw Bad(name, value, "use a duration above zero and at most one day");
        }
    }

    private static void RequireAtLeastOne(string name, int value)
    {
        if (value < 1)
        {
            throw Bad(name, value, "use 1 or more");
        }
    }

    private static ArgumentException Bad(string name, object? value, string fix) =>
        new($"EventSystemOptions.{name} is '{value}': {fix}.", name);
}
