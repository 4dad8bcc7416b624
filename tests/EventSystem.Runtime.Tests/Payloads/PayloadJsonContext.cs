using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSystem.Runtime.Tests.Payloads;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OrderChanged))]
internal sealed partial class PayloadJsonContext : JsonSerializerContext;
