using System.Diagnostics;
using EventSystem.Diagnostics;
using EventSystem.Dispatch;

namespace EventSystem;

/// <summary>
/// The traced half: a broadcast raise runs inside a Producer activity whose trace context travels in the envelope,
/// and each Raised handler call is counted and timed, a remote one inside a Consumer activity that continues the
/// raiser's trace.
/// </summary>
public sealed partial class EventSystemNode
{
    internal Task RaiseAsync(
        Event raised, Guid raiserId, object? param, EventRaiseOption option, CancellationToken cancellationToken)
    {
        var activity = StartRaiseActivity(raised, option);
        return activity is null
            ? RaiseCoreAsync(raised, raiserId, param, option, activity: null, cancellationToken)
            : TracedRaiseAsync(activity, raised, raiserId, param, option, cancellationToken);
    }

    internal void Raise(Event raised, Guid raiserId, object? param, EventRaiseOption option)
    {
        var activity = StartRaiseActivity(raised, option);
        if (activity is null)
        {
            RaiseCore(raised, raiserId, param, option, activity: null);
            return;
        }

        using (activity)
        {
            try
            {
                RaiseCore(raised, raiserId, param, option, activity);
            }
            catch (Exception ex) when (NodeTelemetry.Failed(activity, ex))
            {
                throw;
            }
        }
    }

    private async Task TracedRaiseAsync(Activity activity, Event raised, Guid raiserId, object? param,
        EventRaiseOption option, CancellationToken cancellationToken)
    {
        using (activity)
        {
            try
            {
                await RaiseCoreAsync(raised, raiserId, param, option, activity, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception ex) when (NodeTelemetry.Failed(activity, ex))
            {
                throw;
            }
        }
    }

    /// <summary>A Producer activity for a raise that goes to other servers; none for one that stays here.</summary>
    private Activity? StartRaiseActivity(Event raised, EventRaiseOption option) =>
        option == EventRaiseOption.RaiseBroadcast && IsStarted && transport!.IsRemote
            ? telemetry.StartRaise(raised.Id)
            : null;

    private int HeldOutOfOrderNow()
    {
        lock (sequenceLock)
        {
            return sequence.HeldCount;
        }
    }

    /// <summary>Calls one handler; the dispatcher's workers and the raise's local handlers both come here.</summary>
    private void InvokeHandler(HandlerCall call)
    {
        if (call.Args is not EventNotificationEventArgs args)
        {
            call.Invoke();
            return;
        }

        var started = telemetry.HandlerStarting(args, call.TraceParent, out var activity);
        using (activity)
        {
            try
            {
                call.Invoke();
            }
            catch (Exception ex)
            {
                NodeTelemetry.Failed(activity, ex);
                telemetry.HandlerFinished(args, started, ex);
                throw;
            }
        }

        telemetry.HandlerFinished(args, started, failure: null);
    }
}
