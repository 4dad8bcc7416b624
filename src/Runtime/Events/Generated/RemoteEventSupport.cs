using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EventSystem.Generated;

/// <summary>
/// The plumbing behind classes marked with <see cref="RemoteEventAttribute"/>: the generated members call these,
/// so the generated code stays small. Application code uses the generated members instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RemoteEventSupport
{
    /// <summary>Returns the registry's event, set to read remote arguments with <paramref name="typeInfo"/>.</summary>
    public static Event Resolve<TArgs>(IEventRegistry registry, Guid id, JsonTypeInfo<TArgs> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Get(id).UseParameterType(typeInfo);
    }

    /// <summary>Returns the registry's event.</summary>
    public static Event Resolve(IEventRegistry registry, Guid id)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Get(id);
    }

    /// <summary>
    /// Returns the metadata of <typeparamref name="TArgs"/> from a source-generated context, or throws an exception
    /// that says which attribute the context lacks.
    /// </summary>
    public static JsonTypeInfo<TArgs> TypeInfo<TArgs>(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetTypeInfo(typeof(TArgs)) as JsonTypeInfo<TArgs> ?? throw new InvalidOperationException(
            $"{context.GetType().Name} has no metadata for {typeof(TArgs).Name}: add "
            + $"[JsonSerializable(typeof({typeof(TArgs).Name}))] to {context.GetType().Name}.");
    }

    /// <summary>
    /// Returns <paramref name="args"/> for <see cref="Event.Raise(Guid, object, EventRaiseOption)"/>, or throws
    /// when it is null. Generic so that the generated code needs no knowledge of whether the argument type is a
    /// value type: the null check disappears for structs.
    /// </summary>
    public static object RequireArgument<TArgs>(TArgs args) =>
        args is null ? throw new ArgumentNullException(nameof(args)) : args;

    /// <summary>Calls <paramref name="handler"/> for every raise; dispose the result to stop.</summary>
    public static IDisposable Subscribe(Event target, Action<EventNotificationEventArgs> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(target, (_, e) => handler(e));
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for every raise and waits for its task on the handler's worker, so a slow
    /// handler holds one worker and a failing one is logged like any other.
    /// </summary>
    public static IDisposable Subscribe(Event target, Func<EventNotificationEventArgs, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(target, (_, e) => handler(e).GetAwaiter().GetResult());
    }

    /// <summary>Calls <paramref name="handler"/> with the typed argument of every raise.</summary>
    public static IDisposable Subscribe<TArgs>(Event target, Action<TArgs, EventNotificationEventArgs> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(target, (_, e) => handler(ArgumentOf<TArgs>(e), e));
    }

    /// <summary>
    /// Calls <paramref name="handler"/> with the typed argument of every raise and waits for its task.
    /// </summary>
    public static IDisposable Subscribe<TArgs>(Event target, Func<TArgs, EventNotificationEventArgs, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(target, (_, e) => handler(ArgumentOf<TArgs>(e), e).GetAwaiter().GetResult());
    }

    /// <summary>Calls <paramref name="handler"/> whenever this server may have missed a raise of the event.</summary>
    public static IDisposable SubscribeMissed(Event target, Action<EventMissedEventArgs> handler)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(handler);
        EventHandler<EventMissedEventArgs> wrapper = (_, e) => handler(e);
        target.Missed += wrapper;
        return new Subscription(() => target.Missed -= wrapper);
    }

    private static Subscription Subscribe(Event target, EventHandler<EventNotificationEventArgs> wrapper)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Raised += wrapper;
        return new Subscription(() => target.Raised -= wrapper);
    }

    private static TArgs ArgumentOf<TArgs>(EventNotificationEventArgs e) => e.Param is TArgs typed
        ? typed
        : throw new InvalidOperationException(
            $"Event {e.EventId} arrived with an argument of type {e.Param?.GetType().Name ?? "null"}, not "
            + $"{typeof(TArgs).Name}; every server must declare the event with the same argument type.");

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref unsubscribe, null)?.Invoke();
    }
}
