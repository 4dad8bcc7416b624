using System.Text.Json.Serialization;

namespace EventSystem.Generators.EndToEndTests;

[JsonSerializable(typeof(ShipmentArgs))]
internal sealed partial class EndToEndJsonContext : JsonSerializerContext;
