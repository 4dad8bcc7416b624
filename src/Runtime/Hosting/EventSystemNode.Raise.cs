using System.Diagnostics;
using EventSystem.Diagnostics;
using EventSystem.Dispatch;
using EventSystem.Transport;
using EventSystem.Wire;

namespace EventSystem;

/// <summary>The sending half: local handlers, payload checks, and the hand-off to the batcher.</summary>
public sealed partial class EventSystemNode
{
    /// <summary>
    /// Hands a broadcast to the batcher and returns its task as is: no state machine and no timer per raise, since
    /// the batcher counts the send, enforces the timeout and words the failure.
    /// </summary>
    private Task RaiseCoreAsync(Event raised, Guid raiserId, object? param, EventRaiseOption option,
        Activity? activity, CancellationToken cancellationToken)
    {
        var payload = Prepare(raised, raiserId, param, option);
        if (payload is null)
        {
            return Task.CompletedTask;
        }

        var sent = batcher!.EnqueueAsync(
            new OutgoingEvent(raised.Id, raiserId, payload, NodeTelemetry.TraceParentOf(activity)), raised);
        var waited = cancellationToken.CanBeCanceled ? sent.WaitAsync(cancellationToken) : sent;
        return activity is null ? waited : TagSequenceNumberAsync(activity, waited);
    }

    private static async Task TagSequenceNumberAsync(Activity activity, Task<long> sent) =>
        NodeTelemetry.Sent(activity, await sent.ConfigureAwait(false));

    /// <summary>
    /// Own numbers count as received at once: if the echo from Redis is lost (a cut subscription), this node must
    /// not report its own events as missed.
    /// </summary>
    private void OnPublished(PublishReceipt receipt)
    {
        lock (sequenceLock)
        {
            if (epoch == receipt.Epoch)
            {
                for (var number = receipt.FirstSequenceNumber; number <= receipt.LastSequenceNumber; number++)
                {
                    sequence.MarkOwn(number);
                }
            }
        }
    }

    private void OnSent(object? raised)
    {
        ((Event)raised!).CountSent();
        counters.Sent();
    }

    private EventSystemUnavailableException DescribePublishFailure(Exception failure) => failure switch
    {
        TimeoutException => Unavailable(
            $"Redis did not confirm within {options.RaiseTimeout.TotalSeconds:0.###} s", failure),
        ObjectDisposedException => Unavailable("the node is stopping", failure),
        _ => Unavailable(failure.Message, failure),
    };

    /// <summary>
    /// The blocking raise publishes on the caller's thread rather than through the batcher, so that many threads
    /// raising at once cannot starve the thread pool that the batcher's completions run on.
    /// </summary>
    private void RaiseCore(Event raised, Guid raiserId, object? param, EventRaiseOption option, Activity? activity)
    {
        var payload = Prepare(raised, raiserId, param, option);
        if (payload is null)
        {
            return;
        }

        var body = EnvelopeWriter.WriteBody(
            Sender, options.TimeProvider.GetUtcNow(),
            [new OutgoingEvent(raised.Id, raiserId, payload, NodeTelemetry.TraceParentOf(activity))]);
        PublishReceipt receipt;
        try
        {
            receipt = transport!.Publish(body, 1);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            throw DescribePublishFailure(ex);
        }

        OnPublished(receipt);
        NodeTelemetry.Sent(activity, receipt.FirstSequenceNumber);
        OnSent(raised);
    }

    /// <summary>
    /// Checks the call, runs this server's handlers, and returns the payload to broadcast, or
    /// <see langword="null"/> when nothing is to be sent.
    /// </summary>
    private byte[]? Prepare(Event raised, Guid raiserId, object? param, EventRaiseOption option)
    {
        ThrowIfNotRunning();
        if (option is not (EventRaiseOption.RaiseBroadcast or EventRaiseOption.RaiseLocally))
        {
            throw new ArgumentOutOfRangeException(nameof(option), option, "Use RaiseBroadcast or RaiseLocally.");
        }

        byte[]? payload = null;
        if (option == EventRaiseOption.RaiseBroadcast && transport!.IsRemote)
        {
            payload = raised.Serialize(param);
            if (payload.Length > options.MaxPayloadBytes)
            {
                throw new EventPayloadTooLargeException(raised.Id, payload.Length, options.MaxPayloadBytes);
            }
        }

        RunLocalHandlers(raised, raiserId, param);
        if (payload is not null && !transport!.IsConnected)
        {
            throw Unavailable("Redis is not connected", null);
        }

        return payload;
    }

    private EventSystemUnavailableException Unavailable(string what, Exception? inner) => new(
        $"Event not sent to other servers of application '{ApplicationName}': {what}. This server's handlers did run. "
        + "The node reconnects by itself; retry the raise, or treat other servers' caches as stale.", inner);

    private void RunLocalHandlers(Event raised, Guid raiserId, object? param)
    {
        var handlers = raised.RaisedHandlers();
        if (handlers.Length == 0)
        {
            return;
        }

        var args = new EventNotificationEventArgs(raised.Id, raiserId, param, isLocal: true);
        foreach (var handler in handlers)
        {
            var call = new HandlerCall(handler, raised, args, raised.Id);
            try
            {
                InvokeHandler(call);
            }
#pragma warning disable CA1031 // One failing handler must not stop the others or the raise.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                OnHandlerFailed(call, ex);
            }
        }
    }

    private void OnHandlerFailed(HandlerCall call, Exception exception)
    {
        counters.HandlerFailed();
        telemetry.HandlerFailed(exception);
        Log.HandlerFailed(logger, exception, call.EventId);
    }

    private void ThrowIfNotRunning()
    {
        switch (Volatile.Read(ref state))
        {
            case 2:
                return;
            case 3:
                throw new ObjectDisposedException(nameof(EventSystemNode),
                    "This event system node was stopped; raise through a running node.");
            default:
                throw new InvalidOperationException(
                    "The event system node has not been started: await node.StartAsync() (or "
                    + "EventSystemNode.StartAsync(options)) before raising events.");
        }
    }
}
