using System.Diagnostics;

namespace EventSystem.Diagnostics;

/// <summary>
/// One node's metrics and traces: its tags, and the recording calls of the send and receive paths. Every call
/// checks that someone listens before it measures time or allocates.
/// </summary>
internal sealed class NodeTelemetry
{
    private static readonly string[] DropReasonNames = Enum.GetValues<DropReason>().Select(SnakeCase).ToArray();

    private readonly KeyValuePair<string, object?>[] tags;
    private readonly Func<int> heldOutOfOrder;
    private readonly TimeProvider time;
    private readonly string publishSpanName;
    private readonly string processSpanName;

    public NodeTelemetry(
        string application, string server, string destination, bool distributed, TimeProvider time,
        Func<int> heldOutOfOrder)
    {
        this.time = time;
        this.heldOutOfOrder = heldOutOfOrder;
        tags =
        [
            new(TelemetryNames.System, distributed ? TelemetryNames.Redis : TelemetryNames.InProcess),
            new(TelemetryNames.Destination, destination),
            new(TelemetryNames.Application, application),
            new(TelemetryNames.ClientId, server),
        ];
        publishSpanName = $"{TelemetryNames.Publish} {destination}";
        processSpanName = $"{TelemetryNames.Process} {destination}";
    }

    /// <summary>The tags every measurement of this node carries.</summary>
    public KeyValuePair<string, object?>[] Tags => tags;

    public int HeldOutOfOrder() => heldOutOfOrder();

    /// <summary>The W3C traceparent to send with a raise: its own activity's, else the caller's current one.</summary>
    public static string? TraceParentOf(Activity? raise) =>
        (raise ?? Activity.Current) is { IdFormat: ActivityIdFormat.W3C } context ? context.Id : null;

    /// <summary>
    /// Records a failure on an activity; returns <see langword="false"/> so that it can serve as an exception filter.
    /// </summary>
    public static bool Failed(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return false;
        }

        var type = exception.GetType().FullName;
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        if (activity.IsAllDataRequested)
        {
            activity.SetTag(TelemetryNames.ErrorType, type);
            activity.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection
            {
                ["exception.type"] = type,
                ["exception.message"] = exception.Message,
                ["exception.stacktrace"] = exception.ToString(),
            }));
        }

        return false;
    }

    /// <summary>Starts the Producer activity of a broadcast raise; <see langword="null"/> if nobody listens.</summary>
    public Activity? StartRaise(Guid eventId)
    {
        if (!EventSystemInstruments.Source.HasListeners())
        {
            return null;
        }

        var activity = EventSystemInstruments.Source.StartActivity(publishSpanName, ActivityKind.Producer);
        if (activity is { IsAllDataRequested: true })
        {
            AddCommonTags(activity, TelemetryNames.Publish, TelemetryNames.Send);
            activity.SetTag(TelemetryNames.EventId, eventId.ToString());
        }

        return activity;
    }

    public static void Sent(Activity? raise, long sequenceNumber)
    {
        if (raise is { IsAllDataRequested: true })
        {
            raise.SetTag(TelemetryNames.SequenceNumber, sequenceNumber);
        }
    }

    public static bool ObservesPublish => EventSystemInstruments.SentMessages.Enabled
        || EventSystemInstruments.PublishDuration.Enabled;

    public void Published(int eventCount, long startedTimestamp, Exception? failure)
    {
        var measured = new TagList(tags);
        measured.Add(TelemetryNames.OperationName, TelemetryNames.Publish);
        if (failure is not null)
        {
            measured.Add(TelemetryNames.ErrorType, failure.GetType().FullName);
        }

        EventSystemInstruments.SentMessages.Add(eventCount, measured);
        if (EventSystemInstruments.PublishDuration.Enabled)
        {
            EventSystemInstruments.PublishDuration.Record(
                Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, measured);
        }
    }

    public void Received() => EventSystemInstruments.ConsumedMessages.Add(1, tags);

    public void Missed(long count) => EventSystemInstruments.MissedMessages.Add(count, tags);

    public void Dropped(DropReason reason)
    {
        if (EventSystemInstruments.DroppedMessages.Enabled)
        {
            var measured = new TagList(tags) { { TelemetryNames.DropReason, DropReasonNames[(int)reason] } };
            EventSystemInstruments.DroppedMessages.Add(1, measured);
        }
    }

    public void SubscriptionLost() => EventSystemInstruments.SubscriptionLosses.Add(1, tags);

    public void CounterReset() => EventSystemInstruments.CounterResets.Add(1, tags);

    public void HandlerFailed(Exception exception)
    {
        if (EventSystemInstruments.HandlerFailures.Enabled)
        {
            var measured = new TagList(tags) { { TelemetryNames.ErrorType, exception.GetType().FullName } };
            EventSystemInstruments.HandlerFailures.Add(1, measured);
        }
    }

    /// <summary>
    /// Counts a Raised handler call about to start, records how long the event took to get here, and for a remote
    /// event starts its Consumer activity as a child of the raiser's. Returns the start timestamp, or 0.
    /// </summary>
    public long HandlerStarting(EventNotificationEventArgs args, string? traceParent, out Activity? activity)
    {
        activity = null;
        var origin = args.IsLocal ? TelemetryNames.Local : TelemetryNames.Remote;
        if (EventSystemInstruments.HandlerCalls.Enabled)
        {
            EventSystemInstruments.HandlerCalls.Add(1, new TagList(tags) { { TelemetryNames.Origin, origin } });
        }

        if (!args.IsLocal)
        {
            if (args.SentAt is { } sentAt && EventSystemInstruments.DeliveryLatency.Enabled)
            {
                // Servers' clocks differ: a receiver whose clock is behind would see a negative time.
                var seconds = Math.Max(0, (time.GetUtcNow() - sentAt).TotalSeconds);
                EventSystemInstruments.DeliveryLatency.Record(seconds, tags);
            }

            activity = StartProcess(args, traceParent);
        }

        return EventSystemInstruments.ProcessDuration.Enabled ? Stopwatch.GetTimestamp() : 0;
    }

    public void HandlerFinished(EventNotificationEventArgs args, long startedTimestamp, Exception? failure)
    {
        if (startedTimestamp == 0 || !EventSystemInstruments.ProcessDuration.Enabled)
        {
            return;
        }

        var measured = new TagList(tags)
        {
            { TelemetryNames.OperationName, TelemetryNames.Process },
            { TelemetryNames.Origin, args.IsLocal ? TelemetryNames.Local : TelemetryNames.Remote },
        };
        if (failure is not null)
        {
            measured.Add(TelemetryNames.ErrorType, failure.GetType().FullName);
        }

        EventSystemInstruments.ProcessDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds,
            measured);
    }

    private Activity? StartProcess(EventNotificationEventArgs args, string? traceParent)
    {
        if (!EventSystemInstruments.Source.HasListeners())
        {
            return null;
        }

        // The dispatcher's workers carry whatever activity was current when the node started; a handler call
        // belongs to the raiser's trace, or to a trace of its own, never to the start-up's.
        Activity.Current = null;
        var parent = default(ActivityContext);
        if (traceParent is not null)
        {
            ActivityContext.TryParse(traceParent, null, isRemote: true, out parent);
        }

        var activity = EventSystemInstruments.Source.StartActivity(processSpanName, ActivityKind.Consumer, parent);
        if (activity is { IsAllDataRequested: true })
        {
            AddCommonTags(activity, TelemetryNames.Process, TelemetryNames.Process);
            activity.SetTag(TelemetryNames.EventId, args.EventId.ToString());
            activity.SetTag(TelemetryNames.SequenceNumber, args.SequenceNumber);
            activity.SetTag(TelemetryNames.SenderServer, args.ServerName);
        }

        return activity;
    }

    private void AddCommonTags(Activity activity, string operationName, string operationType)
    {
        foreach (var tag in tags)
        {
            activity.SetTag(tag.Key, tag.Value);
        }

        activity.SetTag(TelemetryNames.OperationName, operationName);
        activity.SetTag(TelemetryNames.OperationType, operationType);
    }

    private static string SnakeCase(DropReason reason)
    {
        var name = reason.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
