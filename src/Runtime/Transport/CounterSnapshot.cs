namespace EventSystem.Transport;

/// <summary>
/// The application's counter as read from the carrier; no epoch means nothing was raised since a reset.
/// </summary>
internal readonly record struct CounterSnapshot(long? Epoch, long Value);
