using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSystem.Generators.Benchmarks;

/// <summary>A compilation with many annotated events, half of them typed, one per file.</summary>
internal static class BenchmarkInput
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Create(int eventCount)
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
            Parse("Unrelated.cs", UnrelatedSource(0)),
        };
        for (var i = 0; i < eventCount; i++)
        {
            var attribute = i % 2 == 0 ? "RemoteEvent" : "RemoteEvent<Args, BenchJsonContext>";
            var id = new Guid(i + 1, 0, 0, [0x80, 0, 0, 0, 0, 0, 0, 0]);
            trees.Add(Parse($"Event{i}.cs", $$"""
                using EventSystem;
                namespace Bench;
                [{{attribute}}("{{id}}")]
                public static partial class Event{{i}};
                """));
        }

        return CSharpCompilation.Create("Bench", trees,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Event).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
    }

    public static string UnrelatedSource(int version) =>
        $"namespace Bench; public static class Unrelated {{ public static int Value => {version}; }}";

    public static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);
}
