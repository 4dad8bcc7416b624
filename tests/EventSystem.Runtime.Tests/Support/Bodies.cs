using System.Text;
using EventSystem.Wire;

namespace EventSystem.Runtime.Tests.Support;

/// <summary>Envelope bodies for hand-made messages.</summary>
internal static class Bodies
{
    public static byte[] One(string application, Guid eventId, string json, string server = "forger") =>
        EnvelopeWriter.WriteBody(new SenderInfo(Guid.NewGuid(), application, server), DateTimeOffset.UtcNow,
            [new OutgoingEvent(eventId, Guid.NewGuid(), Encoding.UTF8.GetBytes(json))]);
}
