namespace EventSystem.Dispatch;

/// <summary>One handler to call with one set of arguments, and the raiser's trace context for a remote event.</summary>
internal readonly record struct HandlerCall(
    Delegate Handler, object Sender, EventArgs Args, Guid EventId, string? TraceParent = null)
{
    public void Invoke()
    {
        switch (Handler)
        {
            case EventHandler<EventNotificationEventArgs> raised:
                raised(Sender, (EventNotificationEventArgs)Args);
                break;
            case EventHandler<EventMissedEventArgs> missed:
                missed(Sender, (EventMissedEventArgs)Args);
                break;
            default:
                throw new InvalidOperationException($"Unexpected handler type {Handler.GetType()}.");
        }
    }
}
