using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSystem.Generators.Benchmarks;

/// <summary>
/// Times an analyzer over a whole compilation, as a build runs it: each run on a fresh copy of the compilation,
/// so nothing bound by an earlier run is reused.
/// </summary>
internal sealed class AnalyzerTimer(int warmupRuns, int measuredRuns)
{
    public Timing WholeCompilation(Func<DiagnosticAnalyzer> analyzer, CSharpCompilation compilation)
    {
        var times = new List<double>();
        for (var i = 0; i < warmupRuns + measuredRuns; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var fresh = compilation.Clone();
            var watch = Stopwatch.StartNew();
            var diagnostics = fresh.WithAnalyzers([analyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            watch.Stop();
            if (!diagnostics.IsEmpty)
            {
                throw new InvalidOperationException($"expected no diagnostics, got {diagnostics[0]}");
            }

            if (i >= warmupRuns)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return new Timing(times);
    }
}
