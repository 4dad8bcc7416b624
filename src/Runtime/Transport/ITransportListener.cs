namespace EventSystem.Transport;

/// <summary>What a carrier reports to the node above it.</summary>
internal interface ITransportListener
{
    /// <summary>A message arrived. Calls never overlap; the carrier waits for each before the next.</summary>
    ValueTask OnMessageAsync(ReadOnlyMemory<byte> message);

    /// <summary>The subscription is down; messages published from now on may never arrive.</summary>
    void OnSubscriptionLost(string reason);

    /// <summary>The subscription is back; whatever was published meanwhile must be accounted for.</summary>
    void OnSubscriptionRestored();
}
