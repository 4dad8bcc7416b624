namespace EventSystem.Tool.Monitoring;

/// <summary>One sending node as seen on the channel: a node id is random per process, a server name is not.</summary>
internal sealed class SenderSeen(Guid nodeId, string serverName)
{
    public Guid NodeId { get; } = nodeId;

    public string ServerName { get; } = serverName;

    public int Messages { get; set; }

    public int Events { get; set; }

    public long LastSequenceNumber { get; set; }

    public DateTimeOffset LastSeen { get; set; }
}
