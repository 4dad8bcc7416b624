using EventSystem.Wire;
using Microsoft.Extensions.Logging;

namespace EventSystem.Diagnostics;

/// <summary>Every log message of the runtime, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information,
        "No Redis connection string is configured: application {Application} runs in-process only, and events "
        + "reach this server's handlers alone")]
    public static partial void InProcessOnly(ILogger logger, string application);

    [LoggerMessage(2, LogLevel.Information,
        "Event system node {Server} started for application {Application} on channel {Channel} at counter "
        + "{Counter}")]
    public static partial void Started(ILogger logger, string server, string application, string channel, long counter);

    [LoggerMessage(3, LogLevel.Information, "Event system node {Server} stopped")]
    public static partial void Stopped(ILogger logger, string server);

    [LoggerMessage(4, LogLevel.Warning, "Dropped a message ({Reason}): {Detail}")]
    public static partial void Dropped(ILogger logger, DropReason reason, string detail);

    [LoggerMessage(5, LogLevel.Debug, "Dropped a message ({Reason}): {Detail}")]
    public static partial void DroppedQuietly(ILogger logger, DropReason reason, string detail);

    [LoggerMessage(6, LogLevel.Error, "A handler of event {EventId} threw; other handlers are unaffected")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, Guid eventId);

    [LoggerMessage(7, LogLevel.Warning,
        "Missed {Count} event(s) of application {Application}: sequence numbers {First} to {Last} (event {EventId})")]
    public static partial void Missed(
        ILogger logger, long count, string application, long first, long last, string eventId);

    [LoggerMessage(8, LogLevel.Warning,
        "The counter of application {Application} was reset ({Detail}); tracking starts again from {Counter}")]
    public static partial void CounterReset(ILogger logger, string application, string detail, long counter);

    [LoggerMessage(9, LogLevel.Warning, "The Redis subscription was lost ({Reason}); events sent meanwhile are "
        + "reported missed once it is back")]
    public static partial void SubscriptionLost(ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Information, "The Redis subscription is back")]
    public static partial void SubscriptionRestored(ILogger logger);

    [LoggerMessage(11, LogLevel.Warning, "Could not read the counter of application {Application}; will try again")]
    public static partial void CounterReadFailed(ILogger logger, Exception exception, string application);

    [LoggerMessage(12, LogLevel.Error, "A pass of the event system's background loop failed; the loop goes on")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(13, LogLevel.Debug, "Could not write this node's presence record")]
    public static partial void PresenceFailed(ILogger logger, Exception exception);

    [LoggerMessage(14, LogLevel.Error,
        "Processing a received message failed; the message is dropped and the node goes on")]
    public static partial void ProcessingFailed(ILogger logger, Exception exception);

    [LoggerMessage(15, LogLevel.Warning,
        "Stopping: the {Stage} failed or did not finish within {Timeout}; going on without it")]
    public static partial void ShutdownStageFailed(ILogger logger, Exception exception, string stage, TimeSpan timeout);
}
