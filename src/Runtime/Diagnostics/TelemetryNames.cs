namespace EventSystem.Diagnostics;

/// <summary>
/// Instrument, span and attribute names. OpenTelemetry's messaging conventions where one fits, <c>eventsystem.*</c>
/// otherwise; docs/observability.md lists them for users.
/// </summary>
internal static class TelemetryNames
{
    public const string SentMessages = "messaging.client.sent.messages";
    public const string ConsumedMessages = "messaging.client.consumed.messages";
    public const string OperationDuration = "messaging.client.operation.duration";
    public const string ProcessDuration = "messaging.process.duration";
    public const string HandlerCalls = "eventsystem.handler.calls";
    public const string HandlerFailures = "eventsystem.handler.failures";
    public const string DeliveryLatency = "eventsystem.delivery.latency";
    public const string MissedMessages = "eventsystem.missed.messages";
    public const string DroppedMessages = "eventsystem.dropped.messages";
    public const string HeldMessages = "eventsystem.held.messages";
    public const string SubscriptionLosses = "eventsystem.subscription.losses";
    public const string CounterResets = "eventsystem.counter.resets";

    public const string System = "messaging.system";
    public const string Destination = "messaging.destination.name";
    public const string ClientId = "messaging.client.id";
    public const string OperationName = "messaging.operation.name";
    public const string OperationType = "messaging.operation.type";
    public const string ErrorType = "error.type";
    public const string Application = "eventsystem.application";
    public const string Origin = "eventsystem.origin";
    public const string DropReason = "eventsystem.drop.reason";
    public const string EventId = "eventsystem.event.id";
    public const string SequenceNumber = "eventsystem.sequence_number";
    public const string SenderServer = "eventsystem.sender";

    public const string Redis = "redis";
    public const string InProcess = "in_process";
    public const string Publish = "publish";
    public const string Send = "send";
    public const string Process = "process";
    public const string Local = "local";
    public const string Remote = "remote";
}
