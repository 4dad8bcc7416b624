using EventSystem.Diagnostics;
using EventSystem.Dispatch;
using EventSystem.Sequencing;
using EventSystem.Transport;
using EventSystem.Wire;

namespace EventSystem;

/// <summary>The receiving half: validation, sequencing, counter epochs, and dispatch to handlers.</summary>
public sealed partial class EventSystemNode : ITransportListener
{
    /// <summary>A jump this far past everything known is treated as forged until the counter confirms it.</summary>
    private const long MaxSequenceJump = 1_000_000;

    /// <summary>A jump this far past everything known is checked against the counter before it is believed.</summary>
    private const long ConfirmBeyond = 4 * WireFormat.MaxEventsPerMessage;

#if NET9_0_OR_GREATER
    private readonly Lock sequenceLock = new();
#else
    private readonly object sequenceLock = new();
#endif
    private readonly EnvelopeAssembler assembler;
    private int subscriptionWasCut;
    private GapTracker sequence;
    private long? epoch;
    private volatile bool receiverWaiting = true;
    private long busySinceTicks;

    /// <summary>
    /// The time up to which every message that had reached this node has been processed: now while the receiver
    /// is idle, else the moment its current backlog began. Gaps expire against this clock, not the wall clock.
    /// </summary>
    private DateTimeOffset CaughtUpTo => receiverWaiting
        ? options.TimeProvider.GetUtcNow()
        : new DateTimeOffset(Interlocked.Read(ref busySinceTicks), TimeSpan.Zero);

    async ValueTask<bool> ITransportListener.OnMessageAsync(ReadOnlyMemory<byte> message)
    {
        try
        {
            return await ReceiveAsync(message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The last line of defence: one message must never end the receive loop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            counters.Dropped(DropReason.ProcessingFailed);
            Log.ProcessingFailed(logger, ex);
            return false;
        }
    }

    /// <summary>Processes one message; true when it was a stamp whose body should follow at once.</summary>
    private async ValueTask<bool> ReceiveAsync(ReadOnlyMemory<byte> message)
    {
        if (Interlocked.Exchange(ref subscriptionWasCut, 0) == 1 && assembler.TakePending())
        {
            Drop(DropReason.Unpaired, "a stamp whose body was lost when the subscription was cut");
        }

        var assembled = assembler.Accept(message);
        if (assembled.AbandonedStamp)
        {
            Drop(DropReason.Unpaired, "a stamp whose body never came");
        }

        if (assembled.Rejected is { } reason)
        {
            Drop(reason, $"{message.Length} bytes that are not a valid envelope");
            return false;
        }

        if (assembled.Envelope is not { } envelope)
        {
            return true; // A stamp, waiting for its body.
        }

        if (!string.Equals(envelope.ApplicationName, ApplicationName, StringComparison.Ordinal))
        {
            Drop(DropReason.ForeignApplication, $"from application '{envelope.ApplicationName}'");
            return false;
        }

        if (!await IsCurrentEpochAsync(envelope.Epoch).ConfigureAwait(false))
        {
            Drop(DropReason.ImplausibleSequence, $"epoch {envelope.Epoch:x16} is not the counter's epoch in Redis");
            return false;
        }

        if (!await IsPlausibleAsync(envelope.LastSequenceNumber).ConfigureAwait(false))
        {
            Drop(DropReason.ImplausibleSequence,
                $"sequence number {envelope.LastSequenceNumber} is beyond the counter in Redis");
            return false;
        }

        var own = envelope.SenderNodeId == NodeId;
        var missed = new List<SequenceRange>();
        var fresh = new bool[envelope.Entries.Count];
        lock (sequenceLock)
        {
            var now = options.TimeProvider.GetUtcNow();
            for (var i = 0; i < fresh.Length; i++)
            {
                var verdict = sequence.Observe(envelope.FirstSequenceNumber + i, now, missed);
                fresh[i] = verdict == SequenceVerdict.New && !own;
                if (!own && verdict != SequenceVerdict.New)
                {
                    Drop(verdict == SequenceVerdict.Implausible ? DropReason.ImplausibleSequence
                        : DropReason.DuplicateOrLate, $"sequence number {envelope.FirstSequenceNumber + i}");
                }
            }
        }

        await ReportMissedAsync(missed, eventId: null).ConfigureAwait(false);
        for (var i = 0; i < fresh.Length; i++)
        {
            if (fresh[i])
            {
                await DeliverAsync(envelope, i).ConfigureAwait(false);
            }
        }

        return false;
    }

    void ITransportListener.OnWaiting(bool waiting)
    {
        if (!waiting)
        {
            Interlocked.Exchange(ref busySinceTicks, options.TimeProvider.GetUtcNow().UtcTicks);
        }

        receiverWaiting = waiting;
    }

    void ITransportListener.OnSubscriptionLost(string reason)
    {
        Interlocked.Exchange(ref subscriptionWasCut, 1);
        subscriptionLost = true;
        counters.SubscriptionLost();
        telemetry.SubscriptionLost();
        Log.SubscriptionLost(logger, reason);
    }

    void ITransportListener.OnSubscriptionRestored()
    {
        subscriptionLost = false;
        Log.SubscriptionRestored(logger);
        _ = CheckCounterAsync();
    }

    private async ValueTask DeliverAsync(Envelope envelope, int index)
    {
        var entry = envelope.Entries[index];
        var number = envelope.FirstSequenceNumber + index;
        if (!events.TryGetValue(entry.EventId, out var target))
        {
            Drop(DropReason.UnknownEvent, $"event {entry.EventId} was never registered on this server");
            return;
        }

        object? param;
        try
        {
            param = target.Deserialize(entry.Payload);
        }
#pragma warning disable CA1031 // A payload must never stop the receiver, whatever the user's type throws.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Drop(DropReason.UndecodablePayload, $"event {entry.EventId} #{number}: {ex.Message}");
            await ReportMissedAsync([new SequenceRange(number, number)], entry.EventId).ConfigureAwait(false);
            return;
        }

        target.CountReceived();
        counters.Received();
        telemetry.Received();
        var args = new EventNotificationEventArgs(entry.EventId, entry.RaiserId, param, isLocal: false,
            envelope.ServerName, envelope.ApplicationName, number, envelope.SentAt);
        foreach (var handler in target.RaisedHandlers())
        {
            await dispatcher!.EnqueueAsync(
                    new HandlerCall(handler, target, args, target.Id, entry.TraceParent), stopping.Token)
                .ConfigureAwait(false);
        }
    }

    private async ValueTask ReportMissedAsync(List<SequenceRange> ranges, Guid? eventId)
    {
        foreach (var range in ranges)
        {
            counters.Missed(range.Count);
            telemetry.Missed(range.Count);
            NoteMissed();
            Log.Missed(logger, range.Count, ApplicationName, range.First, range.Last, eventId?.ToString() ?? "unknown");
            var args = new EventMissedEventArgs(
                range.First, range.Last, options.TimeProvider.GetUtcNow(), eventId, ApplicationName);
            if (eventId is { } known)
            {
                if (events.TryGetValue(known, out var lost))
                {
                    await EnqueueAllAsync(lost.MissedHandlers(), lost, args, known).ConfigureAwait(false);
                }

                continue;
            }

            await EnqueueAllAsync(Missed?.GetInvocationList() ?? [], this, args, Guid.Empty).ConfigureAwait(false);
            foreach (var each in events.Values)
            {
                await EnqueueAllAsync(each.MissedHandlers(), each, args, each.Id).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask EnqueueAllAsync(Delegate[] handlers, object sender, EventArgs args, Guid eventId)
    {
        foreach (var handler in handlers)
        {
            await dispatcher!.EnqueueAsync(new HandlerCall(handler, sender, args, eventId), stopping.Token)
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A number far beyond everything known is believed only when the counter in Redis has reached it, so that one
    /// forged number cannot open a huge false gap. Real jumps that large are rare (a long outage) and cost one read.
    /// </summary>
    private ValueTask<bool> IsPlausibleAsync(long lastNumber)
    {
        lock (sequenceLock)
        {
            if (lastNumber <= sequence.Highest + ConfirmBeyond)
            {
                return ValueTask.FromResult(true);
            }
        }

        return ConfirmWithCounterAsync(() => lastNumber <= sequence.Highest);
    }

    /// <summary>
    /// A new epoch is believed only when Redis confirms it, so a forged message cannot reset tracking.
    /// </summary>
    private ValueTask<bool> IsCurrentEpochAsync(long messageEpoch)
    {
        lock (sequenceLock)
        {
            if (epoch == messageEpoch)
            {
                return ValueTask.FromResult(true);
            }
        }

        return ConfirmWithCounterAsync(() => epoch == messageEpoch);
    }

    /// <summary>
    /// Reads the counter, applies it, and then asks <paramref name="confirmed"/> (under the sequence lock) whether a
    /// message's claim holds; a claim that cannot be checked is not believed.
    /// </summary>
    private async ValueTask<bool> ConfirmWithCounterAsync(Func<bool> confirmed)
    {
        long highest;
        lock (sequenceLock)
        {
            highest = sequence.Highest;
        }

        CounterSnapshot counter;
        try
        {
            counter = await transport!.ReadCounterAsync(stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException
            or OperationCanceledException or ObjectDisposedException or InvalidDataException)
        {
            return false;
        }

        lock (sequenceLock)
        {
            ApplyCounter(counter, highest);
            return confirmed();
        }
    }

    /// <summary>
    /// Brings tracking in line with a counter read from Redis: a new or vanished epoch, or a counter below what
    /// this node already saw, starts tracking afresh instead of reporting a flood of false gaps.
    /// Caller holds <see cref="sequenceLock"/>.
    /// </summary>
    private void ApplyCounter(CounterSnapshot counter, long highestBeforeRead)
    {
        var now = options.TimeProvider.GetUtcNow();
        if (counter.Epoch is null)
        {
            if (epoch is not null || sequence.Highest > 0)
            {
                ResetTracking(null, 0, "the counter no longer exists: Redis was restarted or flushed");
            }

            return;
        }

        if (epoch is null && sequence.Highest == sequence.Baseline)
        {
            epoch = counter.Epoch;
        }
        else if (epoch != counter.Epoch)
        {
            // Whatever the new epoch numbered before this node saw it was sent while this node was not listening.
            ResetTracking(counter.Epoch, 0, "a new counter epoch: Redis was restarted or flushed");
        }
        else if (counter.Value < highestBeforeRead)
        {
            ResetTracking(counter.Epoch, counter.Value,
                $"the counter went back from {highestBeforeRead} to {counter.Value}: "
                + "Redis was restored from an old copy");
            return;
        }

        sequence.ExpectThrough(counter.Value, now);
    }

    private void ResetTracking(long? newEpoch, long baseline, string detail)
    {
        counters.EpochReset();
        telemetry.CounterReset();
        Log.CounterReset(logger, ApplicationName, detail, baseline);
        epoch = newEpoch;
        sequence = NewTracker(baseline);
    }

    private void Drop(DropReason reason, string detail)
    {
        counters.Dropped(reason);
        telemetry.Dropped(reason);
        dropLog.Dropped(reason, detail);
    }
}
