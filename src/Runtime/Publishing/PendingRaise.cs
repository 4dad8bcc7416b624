using EventSystem.Wire;

namespace EventSystem.Publishing;

/// <summary>A broadcast raise waiting for its batch to be published; completes with its sequence number.</summary>
internal sealed class PendingRaise(OutgoingEvent outgoing)
    : TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public OutgoingEvent Outgoing { get; } = outgoing;
}
