using System.Collections.Concurrent;

namespace EventSystem.Runtime.Tests.Support;

/// <summary>Records every Raised and Missed notification of one event.</summary>
internal sealed class EventRecorder
{
    private readonly ConcurrentQueue<EventNotificationEventArgs> raised = new();
    private readonly ConcurrentQueue<EventMissedEventArgs> missed = new();

    public EventRecorder(Event target)
    {
        target.Raised += (_, e) => raised.Enqueue(e);
        target.Missed += (_, e) => missed.Enqueue(e);
    }

    public IReadOnlyCollection<EventNotificationEventArgs> Raised => raised;

    public IEnumerable<EventNotificationEventArgs> Remote => raised.Where(e => !e.IsLocal);

    public IEnumerable<EventNotificationEventArgs> Local => raised.Where(e => e.IsLocal);

    public IReadOnlyCollection<EventMissedEventArgs> Missed => missed;

    public long MissedCount => missed.Sum(m => m.Count);
}
