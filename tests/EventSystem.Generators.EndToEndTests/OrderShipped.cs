namespace EventSystem.Generators.EndToEndTests;

[RemoteEvent<ShipmentArgs, EndToEndJsonContext>("c3e1a9b2-7d44-4f0a-b6a8-1e2d3c4b5a69")]
internal static partial class OrderShipped;
