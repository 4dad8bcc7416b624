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

    public static CSharpCompilation Create(int eventCount, int eventsPerFile, bool usingsPerFile = false)
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
            var count = Math.Min(eventsPerFile, eventCount - first);
            trees.Add(Parse(EventsPath(first), EventsSource(first, count, usingsPerFile, version: 0)));
        }

        return CSharpCompilation.Create("Bench", trees,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Event).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The unrelated file; each version differs in a member's body only.</summary>
    public static string UnrelatedSource(int version) =>
        $"namespace Bench; public static class Unrelated {{ public static int Value => {version}; }}";

    /// <summary>The file that holds the events from <paramref name="first"/> on.</summary>
    public static string EventsPath(int first) => $"Events{first}.cs";

    /// <summary>
    /// A file of events; <paramref name="usingsPerFile"/> gives it an alias of its own, so that no two files share
    /// their directives (the generator's worst case). Each <paramref name="version"/> changes the first event's id.
    /// </summary>
    public static string EventsSource(int first, int count, bool usingsPerFile, int version)
    {
        var events = Enumerable.Range(first, count).Select(i => EventSource(i, i == first ? version : 0));
        var alias = usingsPerFile ? $"using Alias{first} = System.Int32;\n" : string.Empty;
        return $"using EventSystem;\n{alias}namespace Bench;\n{string.Join("\n", events)}";
    }

    public static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static string EventSource(int index, int version)
    {
        var attribute = index % 2 == 0 ? "RemoteEvent" : "RemoteEvent<Args, BenchJsonContext>";
        var id = new Guid(index + 1, (short)version, 0, [0x80, 0, 0, 0, 0, 0, 0, 0]);
        return $"[{attribute}(\"{id}\")] public static partial class Event{index};";
    }
}
