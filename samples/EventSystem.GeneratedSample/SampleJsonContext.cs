using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSystem.GeneratedSample;

/// <summary>System.Text.Json metadata for the sample's event arguments, generated at compile time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OrderUpdatedArgs))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
