namespace EventSystem.Demo;

/// <summary>The argument of the ProductChanged event: what changed about one product.</summary>
public sealed record ProductChange(int ProductId, string Name, decimal Price, DateTimeOffset ChangedAt);
