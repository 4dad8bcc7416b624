using System.Text.Json.Serialization;

namespace EventSystem.Hosting.Tests.Support;

/// <summary>Source-generated metadata for the tests' event arguments.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
