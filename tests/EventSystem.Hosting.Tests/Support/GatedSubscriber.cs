namespace EventSystem.Hosting.Tests.Support;

/// <summary>Holds each delivery at a <see cref="Gate"/>, and records whether it finished or was cancelled.</summary>
internal sealed class GatedSubscriber(Gate gate) : IEventSubscriber<string>
{
    public async Task HandleAsync(string args, EventNotificationEventArgs details, CancellationToken cancellationToken)
    {
        gate.Entered.TrySetResult();
        try
        {
            await gate.Release.Task.WaitAsync(cancellationToken);
            gate.Outcome.TrySetResult("finished");
        }
        catch (OperationCanceledException)
        {
            gate.Outcome.TrySetResult("cancelled");
        }
    }
}
