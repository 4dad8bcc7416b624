using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Tests;

/// <summary>
/// The outcome of one generator run: its result, the compilation with the output, and its diagnostics.
/// </summary>
internal sealed record GeneratorRun(
    GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    private const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(";

    public string Source(string hintName) => Result.Results[0].GeneratedSources
        .Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>The text of the only generated file; fails when there is not exactly one.</summary>
    public string SingleSource => Result.Results[0].GeneratedSources.Single().SourceText.ToString();

    /// <summary>All generated files' text, in hint name order.</summary>
    public IEnumerable<string> Sources => Result.Results[0].GeneratedSources
        .OrderBy(s => s.HintName, StringComparer.Ordinal)
        .Select(s => s.SourceText.ToString());

    /// <summary>How many event classes the generated files declare members for.</summary>
    public int EventCount => Sources.Sum(text => text.Split(GeneratedCodeAttribute).Length - 1);

    public IEnumerable<string> HintNames => Result.Results[0].GeneratedSources.Select(s => s.HintName);
}
