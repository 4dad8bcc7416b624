using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Tests;

/// <summary>
/// What the analyzer judges and what it leaves alone: constant GUIDs, classes split over several user-written
/// parts, and parts that the generator adds, which declare the class partial but never static.
/// </summary>
public class AnalyzerScopeTests
{
    private const string Guid1 = "\"11111111-2222-4333-8444-555555555555\"";
    private const string GeneratorFolder = "EventSystem.Generators/EventSystem.Generators.RemoteEventGenerator/";

    [Fact]
    public async Task Valid_plain_and_typed_events_report_nothing()
    {
        var diagnostics = await AnalyzerHarness.Analyze($$"""
            namespace Shop;
            public sealed record Change(int Id);
            [RemoteEvent({{Guid1}})] public static partial class Cleared { }
            [RemoteEvent<Change, Ctx>("22222222-2222-4333-8444-555555555555")]
            public static partial class Changed { }
            {{GeneratorHarness.JsonContext("Ctx", "Change")}}
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Guid_from_a_constant_is_accepted()
    {
        var diagnostics = await AnalyzerHarness.Analyze($$"""
            public static class Ids { public const string Order = {{Guid1}}; }
            [RemoteEvent(Ids.Order)] public static partial class Ordered { }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Guid_from_a_constant_is_checked_like_a_literal()
    {
        var source = """
            public static class Ids { public const string Order = "not-a-guid"; }
            [RemoteEvent(/*@*/Ids.Order)] public static partial class Ordered { }
            """;
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(source));

        DiagnosticAssert.Expect(diagnostic, source, "EVS0003", "Ids.Order", "'not-a-guid' is not a GUID: write the "
            + "event id as 32 hexadecimal digits, for example \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\" (generate one "
            + "with uuidgen or Guid.NewGuid())");
    }

    [Fact]
    public async Task Same_guid_as_constant_and_literal_reports_EVS0005_on_both()
    {
        var diagnostics = await AnalyzerHarness.Analyze($$"""
            public static class Ids { public const string Order = {{Guid1}}; }
            [RemoteEvent(Ids.Order)] public static partial class First { }
            [RemoteEvent({{Guid1}})] public static partial class Second { }
            """);

        Assert.Equal(["EVS0005", "EVS0005"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task Class_made_static_in_another_user_part_does_not_report_EVS0001()
    {
        var diagnostics = await AnalyzerHarness.Analyze(
            $"[RemoteEvent({Guid1})] public partial class Cleared {{ }}",
            "public static partial class Cleared { }");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Generated_partial_part_does_not_hide_a_user_part_that_is_not_partial()
    {
        // Also a compile error (CS0260); the point is that the generated part does not count as the user's.
        var source = $"[RemoteEvent({Guid1})] public static class /*@*/Cleared {{ }}";
        var compilation = AnalyzerHarness.WithTree(
            GeneratorHarness.Compile(source), "Cleared.g.cs", "partial class Cleared { }");

        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(compilation));

        DiagnosticAssert.Expect(diagnostic, source, "EVS0002", "Cleared", "Remote event class 'Cleared' must be "
            + "partial so that its members can be generated: declare it as 'static partial class Cleared'");
    }

    [Fact]
    public async Task Generated_partial_containing_type_does_not_hide_a_user_part_that_is_not_partial()
    {
        var source = $"public static class Outer {{ [RemoteEvent({Guid1})] public static partial class /*@*/Cleared "
            + "{ } }";
        var compilation = AnalyzerHarness.WithTree(
            GeneratorHarness.Compile(source),
            GeneratorFolder + "Outer+Cleared.g.cs",
            "partial class Outer { partial class Cleared { } }");

        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(compilation));

        DiagnosticAssert.Expect(diagnostic, source, "EVS0006", "Cleared", "Remote event 'Cleared' is nested in "
            + "'Outer', which is not partial: declare 'Outer' as partial, or move the event out of it");
    }

    [Fact]
    public async Task Generated_part_marked_GeneratedCode_does_not_silence_the_user_part()
    {
        // The analyzer skips generated code; a generated part with [GeneratedCode] must not make it skip the class.
        var source = $"[RemoteEvent({Guid1})] public partial class /*@*/Cleared {{ }}";
        var compilation = AnalyzerHarness.WithTree(
            GeneratorHarness.Compile(source),
            GeneratorFolder + "Cleared.g.cs",
            "[System.CodeDom.Compiler.GeneratedCode(\"EventSystem.Generators\", \"0.1.0\")]\n"
            + "partial class Cleared { }");

        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(compilation));

        DiagnosticAssert.Expect(diagnostic, source, "EVS0001", "Cleared", "Remote event class 'Cleared' must be "
            + "static: declare it as 'static partial class Cleared'");
    }

    [Fact]
    public async Task Remote_event_declared_only_in_generated_code_is_left_alone()
    {
        var compilation = AnalyzerHarness.WithTree(
            GeneratorHarness.Compile(),
            "Other.g.cs",
            $"[EventSystem.RemoteEvent({Guid1})] public class Cleared {{ }}");

        Assert.Empty(await AnalyzerHarness.Analyze(compilation));
    }

    [Fact]
    public async Task Type_argument_named_like_a_nested_type_means_the_nested_type_on_the_attribute_already()
    {
        // Attributes on a class bind inside the class, as the generated members do, so both mean the nested type
        // and no separate diagnostic is needed: the context check names the type the attribute really means.
        var source = $$"""
            public sealed record Change(int Id);
            [RemoteEvent</*@*/Change, Ctx>({{Guid1}})]
            public static partial class Changed
            {
                public sealed class Change { }
            }
            {{GeneratorHarness.JsonContext("Ctx", "Change")}}
            """;
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(source));

        DiagnosticAssert.Expect(diagnostic, source, "EVS0011", "Change", "'Ctx' does not list 'Changed.Change', the "
            + "argument type of remote event 'Changed': add [JsonSerializable(typeof(Changed.Change))] to 'Ctx'");
    }

    [Fact]
    public async Task Output_of_the_generator_reports_nothing_for_valid_events()
    {
        var run = GeneratorHarness.Run($$"""
            namespace Shop;
            public sealed record Change(int Id);
            public static partial class Outer
            {
                [RemoteEvent({{Guid1}})] public static partial class Cleared { }
                [RemoteEvent<Change, Ctx>("22222222-2222-4333-8444-555555555555")]
                public static partial class Changed { }
            }
            {{GeneratorHarness.JsonContext("Ctx", "Change")}}
            """);
        Assert.NotEmpty(run.HintNames);

        Assert.Empty(await AnalyzerHarness.Analyze(run.Output));
    }
}
