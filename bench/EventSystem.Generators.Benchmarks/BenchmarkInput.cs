using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSystem.Generators.Benchmarks;

/// <summary>
/// A compilation with many annotated events, half of them typed, spread over files of
/// <c>eventsPerFile</c> events each, plus one file without events that the edit benchmarks change.
/// </summary>
internal static class BenchmarkInput
{
    public const string UnrelatedPath = "Unrelated.cs";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Create(int eventCount, int eventsPerFile)
    {
        var trees = new List<SyntaxTree>
        {
            Parse("Context.cs", """
                using System;
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using System.Text.Json.Serialization.Metadata;
                namespace Bench;
                public sealed record Args(int Id, string Name);
                [JsonSerializable(typeof(Args))]
                public sealed class BenchJsonContext : JsonSerializerContext
                {
                    public BenchJsonContext() : base(null) { }
                    public static BenchJsonContext Default { get; } = new();
                    protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
                    public override JsonTypeInfo? GetTypeInfo(Type type) => null;
                }
                """),
            Parse(UnrelatedPath, UnrelatedSource(0)),
        };
        for (var first = 0; first < eventCount; first += eventsPerFile)
        {
            var events = Enumerable.Range(first, Math.Min(eventsPerFile, eventCount - first)).Select(EventSource);
            trees.Add(Parse($"Events{first}.cs", $"""
                using EventSystem;
                namespace Bench;
                {string.Join("\n", events)}
                """));
        }

        return CSharpCompilation.Create("Bench", trees,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Event).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The unrelated file; each version differs in a member's body only.</summary>
    public static string UnrelatedSource(int version) =>
        $"namespace Bench; public static class Unrelated {{ public static int Value => {version}; }}";

    public static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static string EventSource(int index)
    {
        var attribute = index % 2 == 0 ? "RemoteEvent" : "RemoteEvent<Args, BenchJsonContext>";
        var id = new Guid(index + 1, 0, 0, [0x80, 0, 0, 0, 0, 0, 0, 0]);
        return $"[{attribute}(\"{id}\")] public static partial class Event{index};";
    }
}
