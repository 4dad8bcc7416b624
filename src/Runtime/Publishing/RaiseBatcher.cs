using System.Threading.Channels;
using EventSystem.Transport;
using EventSystem.Wire;

namespace EventSystem.Publishing;

/// <summary>
/// Sends broadcast raises. A raise that finds the line idle goes out at once, alone; raises that arrive while
/// earlier ones are in flight are sent together in one envelope, so throughput is not bound by round trips.
/// </summary>
internal sealed class RaiseBatcher : IDisposable
{
    /// <summary>Envelopes in flight at once; enough to keep the link busy while a batch fills.</summary>
    private const int MaxInFlight = 4;

    /// <summary>A batch stops growing at this size unless a single raise is larger.</summary>
    private const int MaxBatchBytes = 512 * 1024;

    private readonly Channel<PendingRaise> queue = Channel.CreateUnbounded<PendingRaise>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });

    private readonly SemaphoreSlim inFlight = new(MaxInFlight, MaxInFlight);
    private readonly IEventTransport transport;
    private readonly SenderInfo sender;
    private readonly TimeProvider time;
    private readonly TimeSpan timeout;
    private readonly Action<PublishReceipt> onPublished;
    private readonly Action<object?> onSent;
    private readonly Func<Exception, Exception> describeFailure;
    private readonly int nameBytes;
    private Task? loop;

    /// <param name="transport">Where batches go.</param>
    /// <param name="sender">Who sends them.</param>
    /// <param name="time">The clock for sent-at stamps and the timeout.</param>
    /// <param name="timeout">How long a raise may wait, in the queue and in flight together.</param>
    /// <param name="onPublished">Called with each batch's receipt.</param>
    /// <param name="onSent">Called with a raise's state once Redis has taken it.</param>
    /// <param name="describeFailure">Turns a failure (a timeout or a Redis error) into what the raiser sees.</param>
    public RaiseBatcher(
        IEventTransport transport,
        SenderInfo sender,
        TimeProvider time,
        TimeSpan timeout,
        Action<PublishReceipt> onPublished,
        Action<object?> onSent,
        Func<Exception, Exception> describeFailure)
    {
        this.onPublished = onPublished;
        this.onSent = onSent;
        this.describeFailure = describeFailure;
        this.transport = transport;
        this.sender = sender;
        this.time = time;
        this.timeout = timeout;
        nameBytes = EnvelopeWriter.MeasureBody(sender, []);
    }

    public void Start() => loop = Task.Run(RunAsync);

    public Task<long> EnqueueAsync(OutgoingEvent outgoing, object? state)
    {
        var pending = new PendingRaise(outgoing, state, time.GetTimestamp());
        if (loop is not null && !loop.IsCompleted && !queue.Reader.TryPeek(out _) && inFlight.Wait(0))
        {
            // The line is idle: send from the raiser's thread at once, sparing a lone raise a thread hop.
            _ = SendAsync([pending]);
            return pending.Task;
        }

        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(EventSystemNode), "The event system node is stopping.");
        }

        return pending.Task;
    }

    public async Task StopAsync()
    {
        queue.Writer.TryComplete();
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        for (var i = 0; i < MaxInFlight; i++)
        {
            await inFlight.WaitAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => inFlight.Dispose();

    private async Task RunAsync()
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await inFlight.WaitAsync().ConfigureAwait(false);
            var batch = new List<PendingRaise>();
            var bytes = nameBytes;
            while (batch.Count < WireFormat.MaxEventsPerMessage && reader.TryPeek(out var next)
                && (batch.Count == 0 || bytes + next.Outgoing.EncodedLength <= MaxBatchBytes))
            {
                reader.TryRead(out _);
                if (time.GetElapsedTime(next.EnqueuedAt) >= timeout)
                {
                    // Waited its whole timeout in the queue: its raiser has been told it failed, so never send it.
                    next.TrySetException(describeFailure(new TimeoutException("The raise waited in the queue.")));
                    continue;
                }

                batch.Add(next);
                bytes += next.Outgoing.EncodedLength;
            }

            if (batch.Count == 0)
            {
                inFlight.Release();
                continue;
            }

            _ = SendAsync(batch);
        }
    }

    private async Task SendAsync(List<PendingRaise> batch)
    {
        PublishReceipt receipt;
        try
        {
            var body = EnvelopeWriter.WriteBody(sender, time.GetUtcNow(), batch.ConvertAll(p => p.Outgoing));
            receipt = await transport.PublishAsync(body, batch.Count, CancellationToken.None)
                .WaitAsync(timeout, time).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Every failure goes to the raisers waiting on this batch.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            inFlight.Release();
            var failure = describeFailure(ex);
            foreach (var pending in batch)
            {
                pending.TrySetException(failure);
            }

            return;
        }

        // Free the slot before the raisers' continuations run here, so a slow one cannot hold up the next batch.
        inFlight.Release();
        onPublished(receipt);
        for (var i = 0; i < batch.Count; i++)
        {
            onSent(batch[i].State);
            batch[i].TrySetResult(receipt.FirstSequenceNumber + i);
        }
    }
}
