using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSystem.Diagnostics;

/// <summary>Source-generated JSON metadata for <see cref="NodePresence"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NodePresence))]
internal sealed partial class PresenceJsonContext : JsonSerializerContext;
