using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSystem.Benchmarks;

/// <summary>Source-generated JSON metadata for the payload, used by both contenders.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BenchPayload))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
