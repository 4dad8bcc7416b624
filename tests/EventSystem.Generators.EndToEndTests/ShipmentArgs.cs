namespace EventSystem.Generators.EndToEndTests;

/// <summary>A custom argument record with nested values, to cross the wire.</summary>
public sealed record ShipmentArgs(int OrderId, string Carrier, IReadOnlyList<string> Parcels, DateTimeOffset ShippedAt);
