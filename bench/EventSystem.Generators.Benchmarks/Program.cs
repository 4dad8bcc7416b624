using EventSystem.Generators;
using EventSystem.Generators.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

// Times GeneratorDriver.RunGenerators alone (not the compilation it feeds) for 1,000 events laid out three ways.
// Each cell: median (minimum) in ms of 15 runs after 3 warm-up runs. Exit code 1 when a target of issue 3 is missed
// in the realistic layout (one event per file).
const int EventCount = 1_000;
const double FirstRunTarget = 500;
const double EditTarget = 5;
int[] eventsPerFile = [1, 10, EventCount];

var timer = new GeneratorTimer(warmupRuns: 3, measuredRuns: 15);
Func<IIncrementalGenerator> ours = () => new RemoteEventGenerator();
Func<IIncrementalGenerator> parseOnly = () => new ParseOnlyGenerator();
Func<IIncrementalGenerator> floor = () => new FloorGenerator();
Func<IIncrementalGenerator> syntaxOnly = () => new SyntaxOnlyGenerator();

var roslyn = typeof(CSharpCompilation).Assembly.GetName().Version;
Console.WriteLine($"Microsoft.CodeAnalysis.CSharp {roslyn}, .NET {Environment.Version}, "
    + $"{Environment.ProcessorCount} cores; median (minimum) of 15 runs, ms");
Console.WriteLine();
Console.WriteLine("| case | " + string.Join(" | ", eventsPerFile.Select(n => n == 1
    ? $"{EventCount:N0} files, 1 event each" : $"{EventCount / n:N0} file(s), {n:N0} events each")) + " |");
Console.WriteLine("|---" + string.Concat(eventsPerFile.Select(_ => "|---:")) + "|");

var rows = new List<(string Case, Timing[] Cells)>();
var inputs = eventsPerFile.Select(n => BenchmarkInput.Create(EventCount, n)).ToArray();
Row("first run", c => timer.FirstRun(ours, c, EventCount));
Row("**unrelated edit**", c => Edit(ours, c, EditWarmup.None, EventCount).Generator);
var declared = inputs.Select(c => Edit(ours, c, EditWarmup.Declarations, EventCount)).ToArray();
Row2("unrelated edit, declarations built first", i => declared[i].Generator);
Row2("(building the declarations, not in the row above)", i => declared[i].Warmup);
Row("unrelated edit: FAWMN with a do-nothing transform", c => Edit(floor, c, EditWarmup.None, 0).Generator);
Row("unrelated edit: FAWMN and our parser, no outputs", c => Edit(parseOnly, c, EditWarmup.None, 0).Generator);
Row("analysis: our generator, attributes bound first", c => Edit(ours, c, EditWarmup.Attributes, EventCount).Generator);
Row("analysis: do-nothing transform, attributes bound first", c => Edit(floor, c, EditWarmup.Attributes, 0).Generator);
Row("not shipped: syntax-only pipeline, no semantic checks",
    c => Edit(syntaxOnly, c, EditWarmup.None, EventCount).Generator);

var first = rows[0].Cells[0].Median;
var edit = rows[1].Cells[0].Median;
Console.WriteLine();
Console.WriteLine($"targets (1 event per file, median): first run {first:0.0} ms < {FirstRunTarget} ms "
    + $"{(first < FirstRunTarget ? "met" : "NOT met")}; unrelated edit {edit:0.0} ms < {EditTarget} ms "
    + $"{(edit < EditTarget ? "met" : "NOT met")}");
return first < FirstRunTarget && edit < EditTarget ? 0 : 1;

void Row(string name, Func<CSharpCompilation, Timing> measure) => Row2(name, i => measure(inputs[i]));

void Row2(string name, Func<int, Timing> measure)
{
    var cells = Enumerable.Range(0, inputs.Length).Select(measure).ToArray();
    rows.Add((name, cells));
    Console.WriteLine($"| {name} | {string.Join(" | ", cells.Select(c => c.ToString()))} |");
}

(Timing Generator, Timing Warmup) Edit(
    Func<IIncrementalGenerator> generator, CSharpCompilation compilation, EditWarmup warmup, int expected) =>
    timer.AfterUnrelatedEdit(generator, compilation, warmup, expected);
