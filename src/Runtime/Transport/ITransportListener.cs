namespace EventSystem.Transport;

/// <summary>What a carrier reports to the node above it.</summary>
internal interface ITransportListener
{
    /// <summary>A message arrived. Calls never overlap; the carrier waits for each before the next.</summary>
    /// <returns>
    /// <see langword="true"/> when the message is the first half of a pair whose second half follows at once, so
    /// the carrier should look for it briefly before going to sleep.
    /// </returns>
    ValueTask<bool> OnMessageAsync(ReadOnlyMemory<byte> message);

    /// <summary>
    /// Called with <see langword="true"/> when every message received so far has been handed over and the carrier
    /// waits for the next, and with <see langword="false"/> when it has one again. A gap may only be judged against
    /// time during which the carrier was keeping up; otherwise a backlog would look like a loss.
    /// </summary>
    void OnWaiting(bool waiting);

    /// <summary>The subscription is down; messages published from now on may never arrive.</summary>
    void OnSubscriptionLost(string reason);

    /// <summary>The subscription is back; whatever was published meanwhile must be accounted for.</summary>
    void OnSubscriptionRestored();
}
