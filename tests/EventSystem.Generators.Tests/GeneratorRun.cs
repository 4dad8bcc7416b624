using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Tests;

/// <summary>
/// The outcome of one generator run: its result, the compilation with the output, and its diagnostics.
/// </summary>
internal sealed record GeneratorRun(
    GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public string Source(string hintName) => Result.Results[0].GeneratedSources
        .Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.Results[0].GeneratedSources.Select(s => s.HintName);
}
