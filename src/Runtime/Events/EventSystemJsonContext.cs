using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSystem;

/// <summary>Source-generated metadata for the types the runtime reads itself.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class EventSystemJsonContext : JsonSerializerContext;
