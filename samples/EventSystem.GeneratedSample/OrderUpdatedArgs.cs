namespace EventSystem.GeneratedSample;

/// <summary>What changed about an order.</summary>
public sealed record OrderUpdatedArgs(int OrderId, string Status);
