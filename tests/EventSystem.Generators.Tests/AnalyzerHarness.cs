using System.Collections.Immutable;
using EventSystem.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSystem.Generators.Tests;

/// <summary>Runs <see cref="RemoteEventAnalyzer"/> over compilations built from source text.</summary>
internal static class AnalyzerHarness
{
    /// <summary>The analyzer's diagnostics, ordered by file and position.</summary>
    public static async Task<Diagnostic[]> Analyze(Compilation compilation)
    {
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RemoteEventAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        return
        [
            .. diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start),
        ];
    }

    public static Task<Diagnostic[]> Analyze(params string[] sources) =>
        Analyze(GeneratorHarness.Compile(sources));

    /// <summary>Adds a tree at <paramref name="path"/>, for example one that looks like generator output.</summary>
    public static Compilation WithTree(Compilation compilation, string path, string text) =>
        compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path));
}
