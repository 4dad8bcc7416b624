using EventSystem.Wire;

namespace EventSystem.Publishing;

/// <summary>
/// A broadcast raise waiting for its batch to be published; completes with its sequence number. Continuations run
/// on the thread that completes the batch, which saves a thread-pool hop per raise.
/// </summary>
internal sealed class PendingRaise(OutgoingEvent outgoing, object? state, long enqueuedAt)
    : TaskCompletionSource<long>
{
    public OutgoingEvent Outgoing { get; } = outgoing;

    /// <summary>Whatever the raiser wants back when the raise was sent.</summary>
    public object? State { get; } = state;

    /// <summary>When the raise was queued, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long EnqueuedAt { get; } = enqueuedAt;
}
