using EventSystem.Diagnostics;

namespace EventSystem.Tool.Monitoring;

/// <summary>
/// One field of the application's presence hash: a node's record, or, when the value could not be read as one,
/// why not and how it starts, so junk written by someone else is shown rather than skipped.
/// </summary>
internal sealed record PresenceField(string Field, NodePresence? Node, string? Problem, int Bytes, string Head)
{
    public DateTimeOffset StartedAt => DateTimeOffset.FromUnixTimeMilliseconds(Node!.StartedAt);

    public DateTimeOffset SeenAt => DateTimeOffset.FromUnixTimeMilliseconds(Node!.SeenAt);

    /// <summary>How long ago the node last reported; never negative, as the node's clock may run ahead.</summary>
    public TimeSpan SinceSeen(DateTimeOffset now) => now > SeenAt ? now - SeenAt : TimeSpan.Zero;
}
