using System.Threading.Channels;

namespace EventSystem.Dispatch;

/// <summary>
/// Runs handler calls off the receiving thread on a fixed number of workers. Each call is isolated: one that
/// throws is reported and the next call runs; one that blocks holds only its own worker.
/// </summary>
internal sealed class HandlerDispatcher
{
    private readonly Channel<HandlerCall> queue;
    private readonly Task[] workers;
    private readonly Action<HandlerCall> invoke;
    private readonly Action<HandlerCall, Exception> onFailure;

    public HandlerDispatcher(
        int concurrency, int capacity, Action<HandlerCall> invoke, Action<HandlerCall, Exception> onFailure)
    {
        this.invoke = invoke;
        this.onFailure = onFailure;
        queue = Channel.CreateBounded<HandlerCall>(new BoundedChannelOptions(capacity)
        {
            SingleWriter = false,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        workers = new Task[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = Task.Run(RunWorkerAsync);
        }
    }

    /// <summary>Queues a call, waiting while the queue is full so that a flood slows the receiver down.</summary>
    public ValueTask EnqueueAsync(HandlerCall call, CancellationToken cancellationToken) =>
        queue.Writer.WriteAsync(call, cancellationToken);

    /// <summary>Takes no new calls and waits for queued and running ones, up to the deadline.</summary>
    public async Task StopAsync(TimeSpan deadline)
    {
        queue.Writer.TryComplete();
        await Task.WhenAny(Task.WhenAll(workers), Task.Delay(deadline)).ConfigureAwait(false);
    }

    private async Task RunWorkerAsync()
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var call))
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
            }
        }
    }
}
