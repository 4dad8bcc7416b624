using Basic.Reference.Assemblies;
using EventSystem.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSystem.Generators.Tests;

/// <summary>Builds compilations from source text and runs the generator over them.</summary>
internal static class GeneratorHarness
{
    public const string Usings = """
        global using System;
        global using System.Text.Json;
        global using System.Text.Json.Serialization;
        global using System.Text.Json.Serialization.Metadata;
        global using System.Threading.Tasks;
        global using EventSystem;
        """;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly MetadataReference[] References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Event).Assembly.Location),
    ];

    public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Sample",
        [
            CSharpSyntaxTree.ParseText(Usings, ParseOptions, "Usings.cs"),
            .. sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, $"Source{i}.cs")),
        ],
        References,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new RemoteEventGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(
            IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>A minimal hand-written JSON context, standing in for the one System.Text.Json generates.</summary>
    public static string JsonContext(string name, params string[] listedTypes) =>
        string.Concat(listedTypes.Select(t => $"[JsonSerializable(typeof({t}))]\n")) + $$"""
        public sealed class {{name}} : JsonSerializerContext
        {
            public {{name}}() : base(null) { }
            public static {{name}} Default { get; } = new();
            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }
        """;
}
