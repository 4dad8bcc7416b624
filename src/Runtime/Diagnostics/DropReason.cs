namespace EventSystem;

/// <summary>Why a received message, or one event in it, was not delivered.</summary>
public enum DropReason
{
    /// <summary>Not an envelope: wrong magic bytes, or fields that contradict each other.</summary>
    Malformed,

    /// <summary>Shorter than its own fields say.</summary>
    Truncated,

    /// <summary>An envelope version this node does not understand.</summary>
    UnknownVersion,

    /// <summary>A payload over the configured size limit.</summary>
    Oversized,

    /// <summary>Sent by another application sharing the channel.</summary>
    ForeignApplication,

    /// <summary>An event id this node never handed out, so nobody here listens for it.</summary>
    UnknownEvent,

    /// <summary>A sequence number this node has already delivered, reported missed, or that predates it.</summary>
    DuplicateOrLate,

    /// <summary>
    /// A sequence number far beyond the application's counter, or a counter epoch Redis does not confirm.
    /// </summary>
    ImplausibleSequence,

    /// <summary>A payload the registered parameter type could not be read from.</summary>
    UndecodablePayload,

    /// <summary>
    /// A stamp whose body never came, or a body without its stamp: a subscription cut between the two, or a forgery.
    /// </summary>
    Unpaired,

    /// <summary>Processing the message failed unexpectedly; the error is logged. The node goes on.</summary>
    ProcessingFailed,
}
