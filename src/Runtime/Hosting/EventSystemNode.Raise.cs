using EventSystem.Diagnostics;
using EventSystem.Dispatch;
using EventSystem.Transport;
using EventSystem.Wire;

namespace EventSystem;

/// <summary>The sending half: local handlers, payload checks, and the hand-off to the batcher.</summary>
public sealed partial class EventSystemNode
{
    internal async Task RaiseAsync(
        Event raised, Guid raiserId, object? param, EventRaiseOption option, CancellationToken cancellationToken)
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
        if (payload is null)
        {
            return;
        }

        if (!transport!.IsConnected)
        {
            throw Unavailable("Redis is not connected", null);
        }

        var sent = batcher!.EnqueueAsync(new OutgoingEvent(raised.Id, raiserId, payload));
        try
        {
            await sent.WaitAsync(options.RaiseTimeout, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw Unavailable($"Redis did not confirm within {options.RaiseTimeout.TotalSeconds:0.###} s", ex);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or ObjectDisposedException)
        {
            throw Unavailable(ex.Message, ex);
        }

        raised.CountSent();
        counters.Sent();
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
                call.Invoke();
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
        Log.HandlerFailed(logger, exception, call.EventId);
    }

    private void OnPublished(PublishReceipt receipt)
    {
        var missed = new List<Sequencing.SequenceRange>();
        lock (sequenceLock)
        {
            // The receipt comes from the script itself, so its epoch is the truth even if it is new to us.
            ApplyCounter(new CounterSnapshot(receipt.Epoch, receipt.LastSequenceNumber), highestBeforeRead: 0);
            for (var number = receipt.FirstSequenceNumber; number <= receipt.LastSequenceNumber; number++)
            {
                sequence.Observe(number, options.TimeProvider.GetUtcNow(), missed);
            }
        }

        if (missed.Count > 0)
        {
            _ = ReportMissedAsync(missed, eventId: null).AsTask();
        }
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
