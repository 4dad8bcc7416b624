namespace EventSystem.Wire;

/// <summary>Who sends an envelope; fixed for the life of a node.</summary>
internal sealed record SenderInfo(Guid NodeId, string ApplicationName, string ServerName);
