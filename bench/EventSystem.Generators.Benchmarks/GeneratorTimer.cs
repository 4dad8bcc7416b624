using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSystem.Generators.Benchmarks;

/// <summary>Times <c>GeneratorDriver.RunGenerators</c> alone, on a first run and after edits.</summary>
internal sealed class GeneratorTimer(int warmupRuns, int measuredRuns)
{
    private const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(";

    public Timing FirstRun(Func<IIncrementalGenerator> generator, CSharpCompilation compilation, int expected) =>
        Repeat(_ =>
        {
            var fresh = compilation.Clone();
            GeneratorDriver driver = NewDriver(generator);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(fresh);
            watch.Stop();
            Check(driver, expected);
            return watch.Elapsed.TotalMilliseconds;
        });

    /// <summary>
    /// Replaces one file by a new version, as <paramref name="edit"/> gives it for each run, and runs the driver of
    /// the previous run on the new compilation, as the IDE and the compiler server do after each edit.
    /// </summary>
    public Timing AfterEdit(
        Func<IIncrementalGenerator> generator,
        CSharpCompilation compilation,
        Func<int, (string Path, string Text)> edit,
        int expected)
    {
        GeneratorDriver driver = NewDriver(generator);
        driver = driver.RunGenerators(compilation);
        var current = compilation;
        var version = 0;
        return Repeat(_ =>
        {
            var (path, text) = edit(++version);
            var old = current.SyntaxTrees.Single(t => t.FilePath == path);
            current = current.ReplaceSyntaxTree(old, BenchmarkInput.Parse(path, text));
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(current);
            watch.Stop();
            Check(driver, expected);
            return watch.Elapsed.TotalMilliseconds;
        });
    }

    private static CSharpGeneratorDriver NewDriver(Func<IIncrementalGenerator> generator) =>
        CSharpGeneratorDriver.Create([generator().AsSourceGenerator()], parseOptions: BenchmarkInput.ParseOptions);

    /// <summary>Untimed: the run produced members for every event, and no diagnostics.</summary>
    private static void Check(GeneratorDriver driver, int expectedEvents)
    {
        var result = driver.GetRunResult().Results[0];
        var events = result.GeneratedSources
            .Sum(source => source.SourceText.ToString().Split(GeneratedCodeAttribute).Length - 1);
        if (events != expectedEvents || result.Diagnostics.Length != 0 || result.Exception is not null)
        {
            throw new InvalidOperationException(
                $"expected {expectedEvents} events and no diagnostics, got {events} and "
                + $"{result.Diagnostics.Length}: "
                + (result.Exception?.Message ?? result.Diagnostics.FirstOrDefault()?.ToString()));
        }
    }

    private Timing Repeat(Func<int, double> run)
    {
        var times = new List<double>();
        for (var i = 0; i < warmupRuns + measuredRuns; i++)
        {
            // Garbage from the previous run is collected here, untimed, so that runs do not pay for each other.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var elapsed = run(i);
            if (i >= warmupRuns)
            {
                times.Add(elapsed);
            }
        }

        return new Timing(times);
    }
}
