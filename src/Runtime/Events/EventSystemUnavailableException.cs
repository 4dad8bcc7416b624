namespace EventSystem;

/// <summary>Redis could not be reached, or did not answer in time, so the event was not sent.</summary>
public sealed class EventSystemUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EventSystemUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
