using System.Diagnostics;
using EventSystem.Generators;
using EventSystem.Generators.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

// Times the generator alone (not the compilation it feeds): a cold run over 1,000 events, and the incremental
// run after an edit to a file without events. Prints the median of repeated runs after warm-up.
const int EventCount = 1_000;
const int Warmup = 3;
const int Runs = 15;

var compilation = BenchmarkInput.Create(EventCount);

var cold = Measure(() =>
{
    var fresh = compilation.Clone();
    var driver = NewDriver();
    var watch = Stopwatch.StartNew();
    driver = driver.RunGenerators(fresh);
    watch.Stop();
    Check(driver, EventCount);
    return watch.Elapsed;
});

var incremental = MeasureEdits(NewDriver(), EventCount);
var floor = MeasureEdits(CSharpGeneratorDriver.Create(
    [new FloorGenerator().AsSourceGenerator()], parseOptions: BenchmarkInput.ParseOptions), expected: 0);

Console.WriteLine($"| case ({EventCount} events) | median | target |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| first run | {cold.TotalMilliseconds:0.0} ms | < 500 ms |");
Console.WriteLine($"| after an unrelated edit | {incremental.TotalMilliseconds:0.00} ms | < 5 ms |");
Console.WriteLine($"| floor: attribute lookup alone, after an edit | {floor.TotalMilliseconds:0.00} ms | |");
return cold.TotalMilliseconds < 500 && incremental.TotalMilliseconds < 5 ? 0 : 1;

TimeSpan MeasureEdits(GeneratorDriver incrementalDriver, int expected)
{
    incrementalDriver = incrementalDriver.RunGenerators(compilation);
    var current = compilation;
    var version = 0;
    return Measure(() =>
    {
        var old = current.SyntaxTrees.Single(t => t.FilePath == "Unrelated.cs");
        current = current.ReplaceSyntaxTree(old,
            BenchmarkInput.Parse("Unrelated.cs", BenchmarkInput.UnrelatedSource(++version)));
        var watch = Stopwatch.StartNew();
        incrementalDriver = incrementalDriver.RunGenerators(current);
        watch.Stop();
        Check(incrementalDriver, expected);
        return watch.Elapsed;
    });
}

static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
    [new RemoteEventGenerator().AsSourceGenerator()], parseOptions: BenchmarkInput.ParseOptions);

static TimeSpan Measure(Func<TimeSpan> run)
{
    for (var i = 0; i < Warmup; i++)
    {
        run();
    }

    var times = Enumerable.Range(0, Runs).Select(_ => run()).Order().ToList();
    return times[times.Count / 2];
}

static void Check(GeneratorDriver driver, int expected)
{
    var result = driver.GetRunResult().Results[0];
    if (result.GeneratedSources.Length != expected || result.Diagnostics.Length != 0)
    {
        throw new InvalidOperationException(
            $"expected {expected} sources and no diagnostics, got {result.GeneratedSources.Length} and "
            + $"{result.Diagnostics.Length}: {result.Diagnostics.FirstOrDefault()}");
    }
}
