using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSystem.WebFarm;

/// <summary>System.Text.Json metadata for the event argument and the stored products.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProductChangedArgs))]
[JsonSerializable(typeof(Product))]
internal sealed partial class WebFarmJsonContext : JsonSerializerContext;
