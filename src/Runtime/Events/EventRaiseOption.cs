namespace EventSystem;

/// <summary>Where a raised event is delivered.</summary>
public enum EventRaiseOption
{
    /// <summary>To this server's handlers and to every other server of the application. The default.</summary>
    RaiseBroadcast = 0,

    /// <summary>To this server's handlers only; nothing is sent to Redis.</summary>
    RaiseLocally = 1,
}
