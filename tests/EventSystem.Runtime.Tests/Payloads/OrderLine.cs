namespace EventSystem.Runtime.Tests.Payloads;

public sealed record OrderLine(string Sku, int Quantity, IReadOnlyList<string> Tags);
