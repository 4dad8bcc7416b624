using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSystem.Generators.Benchmarks;

/// <summary>Times <c>GeneratorDriver.RunGenerators</c> alone, on a first run and after unrelated edits.</summary>
internal sealed class GeneratorTimer(int warmupRuns, int measuredRuns)
{
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
    /// Replaces the file without events by a new version (a changed member body) and runs the driver of the
    /// previous run on the new compilation, as the IDE and the compiler server do after each edit.
    /// </summary>
    public (Timing Generator, Timing Warmup) AfterUnrelatedEdit(
        Func<IIncrementalGenerator> generator, CSharpCompilation compilation, EditWarmup warmup, int expected)
    {
        GeneratorDriver driver = NewDriver(generator);
        driver = driver.RunGenerators(compilation);
        var current = compilation;
        var version = 0;
        var warmups = new List<double>();
        var generatorTimes = Repeat(run =>
        {
            var old = current.SyntaxTrees.Single(t => t.FilePath == BenchmarkInput.UnrelatedPath);
            current = current.ReplaceSyntaxTree(old,
                BenchmarkInput.Parse(BenchmarkInput.UnrelatedPath, BenchmarkInput.UnrelatedSource(++version)));
            var watch = Stopwatch.StartNew();
            Warm(current, warmup);
            if (run >= warmupRuns)
            {
                warmups.Add(watch.Elapsed.TotalMilliseconds);
            }

            watch.Restart();
            driver = driver.RunGenerators(current);
            watch.Stop();
            Check(driver, expected);
            return watch.Elapsed.TotalMilliseconds;
        });
        return (generatorTimes, new Timing(warmups));
    }

    private static void Warm(CSharpCompilation compilation, EditWarmup warmup)
    {
        if (warmup == EditWarmup.None)
        {
            return;
        }

        var events = compilation.GetTypeByMetadataName("Bench.Event0")!.ContainingNamespace;
        if (warmup == EditWarmup.Attributes)
        {
            foreach (var type in events.GetTypeMembers())
            {
                _ = type.GetAttributes();
            }
        }
    }

    private static CSharpGeneratorDriver NewDriver(Func<IIncrementalGenerator> generator) =>
        CSharpGeneratorDriver.Create([generator().AsSourceGenerator()], parseOptions: BenchmarkInput.ParseOptions);

    private static void Check(GeneratorDriver driver, int expected)
    {
        var result = driver.GetRunResult().Results[0];
        if (result.GeneratedSources.Length != expected || result.Diagnostics.Length != 0)
        {
            throw new InvalidOperationException(
                $"expected {expected} sources and no diagnostics, got {result.GeneratedSources.Length} and "
                + $"{result.Diagnostics.Length}: {result.Diagnostics.FirstOrDefault()}");
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
