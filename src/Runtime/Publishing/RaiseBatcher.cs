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
    private readonly int nameBytes;
    private Task? loop;

    public RaiseBatcher(IEventTransport transport, SenderInfo sender, TimeProvider time)
    {
        this.transport = transport;
        this.sender = sender;
        this.time = time;
        nameBytes = EnvelopeWriter.MeasureBody(sender, []);
    }

    public void Start() => loop = Task.Run(RunAsync);

    public Task<long> EnqueueAsync(OutgoingEvent outgoing)
    {
        var pending = new PendingRaise(outgoing);
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
        try
        {
            var body = EnvelopeWriter.WriteBody(sender, time.GetUtcNow(), batch.ConvertAll(p => p.Outgoing));
            var receipt = await transport.PublishAsync(body, batch.Count, CancellationToken.None).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].TrySetResult(receipt.FirstSequenceNumber + i);
            }
        }
#pragma warning disable CA1031 // Every failure goes to the raisers waiting on this batch.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var pending in batch)
            {
                pending.TrySetException(ex);
            }
        }
        finally
        {
            inFlight.Release();
        }
    }
}
