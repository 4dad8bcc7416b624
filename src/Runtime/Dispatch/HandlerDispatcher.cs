using System.Collections.Concurrent;

namespace EventSystem.Dispatch;

/// <summary>
/// Runs handler calls off the receiving thread, on at most a fixed number of thread-pool workers. Each call is
/// isolated: one that throws is reported and the next call runs. Workers are added as work needs them rather than
/// woken per call, which keeps a stream of quick handlers cheap: one worker usually drains a whole message.
/// When no call has finished for a short while although calls wait (a handler blocks), another worker is added, so
/// one that blocks holds only its own worker.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore never "
    + "creates a wait handle, and the token source is disposed by StopAsync; workers that outlive the deadline may "
    + "still release slots, so nothing here may be disposed under them.")]
internal sealed class HandlerDispatcher
{
    /// <summary>How long waiting calls may see no progress before another worker is added.</summary>
    private static readonly TimeSpan StallCheck = TimeSpan.FromMilliseconds(20);

    /// <summary>Another worker is added when this many calls per running worker are waiting.</summary>
    private const int BacklogPerWorker = 1024;

    private readonly ConcurrentQueue<HandlerCall> queue = new();
    private readonly SemaphoreSlim slots;
    private readonly int maxWorkers;
    private readonly Action<HandlerCall> invoke;
    private readonly Action<HandlerCall, Exception> onFailure;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task watchdog;
    private int workers;
    private long completed;

    public HandlerDispatcher(
        int concurrency, int capacity, Action<HandlerCall> invoke, Action<HandlerCall, Exception> onFailure)
    {
        maxWorkers = concurrency;
        slots = new SemaphoreSlim(capacity, capacity);
        this.invoke = invoke;
        this.onFailure = onFailure;
        watchdog = Task.Run(WatchForStallsAsync);
    }

    /// <summary>Queues a call, waiting while the queue is full so that a flood slows the receiver down.</summary>
    public ValueTask EnqueueAsync(HandlerCall call, CancellationToken cancellationToken)
    {
        if (slots.Wait(0, CancellationToken.None))
        {
            Add(call);
            return ValueTask.CompletedTask;
        }

        return WaitForSlotAsync(call, cancellationToken);
    }

    /// <summary>Takes no new workers beyond those running and waits for queued calls, up to the deadline.</summary>
    public async Task StopAsync(TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while ((!queue.IsEmpty || Volatile.Read(ref workers) > 0) && DateTime.UtcNow < until)
        {
            await Task.Delay(10).ConfigureAwait(false);
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        await watchdog.ConfigureAwait(false);
        stopping.Dispose();
    }

    private async ValueTask WaitForSlotAsync(HandlerCall call, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        Add(call);
    }

    private void Add(HandlerCall call)
    {
        queue.Enqueue(call);
        var running = Volatile.Read(ref workers);
        if (running == 0 || queue.Count > running * BacklogPerWorker)
        {
            AddWorker();
        }
    }

    private void AddWorker()
    {
        if (TryClaimWorker())
        {
            ThreadPool.UnsafeQueueUserWorkItem(static self => self.Drain(), this, preferLocal: false);
        }
    }

    private bool TryClaimWorker()
    {
        var running = Volatile.Read(ref workers);
        while (running < maxWorkers)
        {
            var seen = Interlocked.CompareExchange(ref workers, running + 1, running);
            if (seen == running)
            {
                return true;
            }

            running = seen;
        }

        return false;
    }

    private void Drain()
    {
        while (true)
        {
            while (queue.TryDequeue(out var call))
            {
                try
                {
                    invoke(call);
                }
#pragma warning disable CA1031 // A handler's exception must never stop the worker.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    onFailure(call, ex);
                }
                finally
                {
                    slots.Release();
                    Interlocked.Increment(ref completed);
                }
            }

            Interlocked.Decrement(ref workers);

            // A call queued after the last TryDequeue but before the decrement may have seen this worker still
            // running and added none; take it on again rather than leave it waiting.
            if (queue.IsEmpty || !TryClaimWorker())
            {
                return;
            }
        }
    }

    private async Task WatchForStallsAsync()
    {
        var lastCompleted = Interlocked.Read(ref completed);
        try
        {
            while (true)
            {
                await Task.Delay(StallCheck, stopping.Token).ConfigureAwait(false);
                var now = Interlocked.Read(ref completed);
                if (!queue.IsEmpty && now == lastCompleted)
                {
                    AddWorker();
                }

                lastCompleted = now;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
