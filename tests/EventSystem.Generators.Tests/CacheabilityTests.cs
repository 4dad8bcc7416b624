using System.Collections;
using System.Reflection;
using EventSystem.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSystem.Generators.Tests;

public class CacheabilityTests
{
    private static readonly string[] OurSteps = [TrackingNames.Events, TrackingNames.Buckets];

    private const string Events = """
        namespace Shop;
        public sealed record OrderUpdatedArgs(int OrderId);
        [RemoteEvent("0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90")] public static partial class CacheCleared;
        [RemoteEvent<OrderUpdatedArgs, Ctx>("7d1c2a4e-8f3b-4c6d-a1e2-9b0f5c3d7e21")]
        public static partial class Updated;
        """;

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun(Events, "namespace Shop; public class Unrelated { }");
        var edited = Replace(compilation, "Source1.cs", "namespace Shop; public class Unrelated { int x; }");

        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        var reasons = OurSteps.SelectMany(name => result.TrackedSteps.GetValueOrDefault(name, []))
            .SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Unchanged, reasons);
        Assert.All(reasons, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step ran: {reason}"));
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Adding_a_second_event_leaves_the_first_events_steps_cached()
    {
        var (driver, compilation) = FirstRun(Events, "namespace Shop; public class Unrelated { }");
        var added = Replace(compilation, "Source1.cs", """
            namespace Shop;
            [RemoteEvent("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d")] public static partial class Second;
            """);

        var result = driver.RunGenerators(added).GetRunResult().Results[0];

        var models = result.TrackedSteps[TrackingNames.Events].SelectMany(s => s.Outputs).ToList();
        var first = models.Where(o => o.Value is EventModel { Name: "CacheCleared" or "Updated" }).ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached
            or IncrementalStepRunReason.Unchanged, $"first event re-ran: {o.Reason}"));
        Assert.Contains(models, o => o.Value is EventModel { Name: "Second" }
            && o.Reason == IncrementalStepRunReason.New);

        // Buckets keep their positions: only the one that receives the new event is rewritten.
        var buckets = result.TrackedSteps[TrackingNames.Buckets].SelectMany(s => s.Outputs)
            .Select(o => (Bucket: (EventBucketModel)o.Value, o.Reason)).ToList();
        var rewritten = Assert.Single(buckets, b => b.Reason is not (IncrementalStepRunReason.Cached
            or IncrementalStepRunReason.Unchanged));
        Assert.Equal(IncrementalStepRunReason.Modified, rewritten.Reason);
        Assert.Contains(rewritten.Bucket.Files, file => file.Events.Any(e => e.Name == "Second"));
        Assert.Contains(buckets, b => b.Reason == IncrementalStepRunReason.Unchanged
            && b.Bucket.Files.Any(file => file.Events.Any(e => e.Name == "CacheCleared")));
    }

    [Fact]
    public void Pipeline_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var (driver, _) = FirstRun(Events, "namespace Shop; public class Unrelated { }");
        var result = driver.GetRunResult().Results[0];

        var values = OurSteps.SelectMany(name => result.TrackedSteps.GetValueOrDefault(name, []))
            .SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
        {
            AssertHoldsNoRoslynObjects(value, depth: 0);
        }
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(string events, string unrelated)
    {
        var compilation = GeneratorHarness.Compile(events, unrelated, "namespace Shop;\n"
            + GeneratorHarness.JsonContext("Ctx", "OrderUpdatedArgs"));
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        return (driver, compilation);
    }

    private static Compilation Replace(Compilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(
            old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path));
    }

    private static void AssertHoldsNoRoslynObjects(object? value, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value is Enum)
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or SyntaxTree,
            $"a pipeline output holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, depth + 1);
            }

            return;
        }

        var fields = value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        foreach (var field in fields)
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), depth + 1);
        }
    }
}
