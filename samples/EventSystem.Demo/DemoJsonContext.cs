using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSystem.Demo;

/// <summary>Source-generated JSON metadata for the demo's event argument and its summary line.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProductChange))]
[JsonSerializable(typeof(ServerSummary))]
internal sealed partial class DemoJsonContext : JsonSerializerContext;
