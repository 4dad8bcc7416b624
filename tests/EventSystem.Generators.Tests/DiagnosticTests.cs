using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Tests;

/// <summary>One test per diagnostic of <see cref="Analysis.RemoteEventAnalyzer"/>: id, location, message.</summary>
public class DiagnosticTests
{
    private const string Guid1 = "\"11111111-2222-4333-8444-555555555555\"";

    [Fact]
    public async Task Class_that_is_not_static_reports_EVS0001()
    {
        var diagnostic = await Single($"[RemoteEvent({Guid1})] public partial class /*@*/Cleared {{ }}");

        Expect(diagnostic, "EVS0001", "Cleared", "Remote event class 'Cleared' must be static: declare it as "
            + "'static partial class Cleared'");
    }

    [Fact]
    public async Task Class_that_is_not_partial_reports_EVS0002()
    {
        var diagnostic = await Single($"[RemoteEvent({Guid1})] public static class /*@*/Cleared {{ }}");

        Expect(diagnostic, "EVS0002", "Cleared", "Remote event class 'Cleared' must be partial so that its members "
            + "can be generated: declare it as 'static partial class Cleared'");
    }

    [Fact]
    public async Task Id_that_is_not_a_guid_reports_EVS0003_on_the_argument()
    {
        var diagnostic = await Single("[RemoteEvent(/*@*/\"not-a-guid\")] public static partial class Cleared { }");

        Expect(diagnostic, "EVS0003", "\"not-a-guid\"", "'not-a-guid' is not a GUID: write the event id as 32 "
            + "hexadecimal digits, for example \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\" (generate one with uuidgen "
            + "or Guid.NewGuid())");
    }

    [Fact]
    public async Task Empty_guid_reports_EVS0004()
    {
        var diagnostic = await Single(
            "[RemoteEvent(/*@*/\"00000000-0000-0000-0000-000000000000\")] public static partial class Cleared { }");

        Expect(diagnostic, "EVS0004", "\"00000000-0000-0000-0000-000000000000\"", "Remote event 'Cleared' uses the "
            + "empty GUID, which no event may use: give it a new GUID of its own (generate one with uuidgen or "
            + "Guid.NewGuid())");
    }

    [Fact]
    public async Task Same_guid_on_two_events_reports_EVS0005_on_both()
    {
        var source = $$"""
            [RemoteEvent(/*@*/{{Guid1}})] public static partial class First { }
            [RemoteEvent({{Guid1.ToUpperInvariant()}})] public static partial class Second { }
            """;
        var diagnostics = await Diagnostics(source);

        Assert.Equal(2, diagnostics.Length);
        Expect(diagnostics[0], "EVS0005", Guid1, "Remote event 'First' uses the GUID "
            + "11111111-2222-4333-8444-555555555555, which 'Second' uses too: give each event a GUID of its own");
        Assert.Equal("EVS0005", diagnostics[1].Id);
        Assert.Contains("'Second' uses the GUID",
            diagnostics[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_nested_in_a_type_that_is_not_partial_reports_EVS0006()
    {
        var diagnostic = await Single(
            $"public static class Outer {{ [RemoteEvent({Guid1})] public static partial class /*@*/Cleared {{ }} }}");

        Expect(diagnostic, "EVS0006", "Cleared", "Remote event 'Cleared' is nested in 'Outer', which is not partial: "
            + "declare 'Outer' as partial, or move the event out of it");
    }

    [Fact]
    public async Task Generic_event_class_reports_EVS0007()
    {
        var diagnostic = await Single($"[RemoteEvent({Guid1})] public static partial class /*@*/Cleared<T> {{ }}");

        Expect(diagnostic, "EVS0007", "Cleared", "Remote event 'Cleared' is generic or nested in a generic type, but "
            + "one event has one GUID: remove the type parameters and put the variable part into the argument type");
    }

    [Fact]
    public async Task Argument_type_with_type_parameters_reports_EVS0008()
    {
        // The compiler forbids type parameters in attribute type arguments (CS8968) too; ours names the fix.
        var source = $$"""
            public partial class Outer<T>
            {
                [RemoteEvent</*@*/System.Collections.Generic.List<T>, Ctx>({{Guid1}})]
                public static partial class Cleared { }
            }
            {{GeneratorHarness.JsonContext("Ctx")}}
            """;
        var diagnostic = (await Diagnostics(source)).Single(d => d.Id == "EVS0008");

        Expect(diagnostic, "EVS0008", "System.Collections.Generic.List<T>", "The argument type "
            + "'System.Collections.Generic.List<T>' of remote event 'Cleared' uses type parameters, which cannot be "
            + "serialized: use a closed type such as 'List<int>'");
    }

    [Fact]
    public async Task Interface_argument_without_derived_types_reports_EVS0009()
    {
        var diagnostic = await Single($$"""
            public interface IChange { int Id { get; } }
            [RemoteEvent</*@*/IChange, Ctx>({{Guid1}})] public static partial class Changed { }
            {{GeneratorHarness.JsonContext("Ctx", "IChange")}}
            """);

        Expect(diagnostic, "EVS0009", "IChange", "The argument type 'IChange' of remote event 'Changed' is an "
            + "interface or abstract class without derived types, so receivers cannot create it: use a concrete "
            + "type, or list the derived types with [JsonDerivedType]");
    }

    [Fact]
    public async Task Abstract_argument_with_derived_types_is_accepted()
    {
        var diagnostics = await Diagnostics($$"""
            [JsonDerivedType(typeof(Renamed), "renamed")]
            public abstract record Change(int Id);
            public sealed record Renamed(int Id, string Name) : Change(Id);
            [RemoteEvent<Change, Ctx>({{Guid1}})] public static partial class Changed { }
            {{GeneratorHarness.JsonContext("Ctx", "Change")}}
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Argument_without_usable_constructor_reports_EVS0010()
    {
        var diagnostic = await Single($$"""
            public sealed class Change
            {
                public Change(int id) { Id = id; }
                public Change(string name) { Name = name; }
                public int Id { get; }
                public string? Name { get; }
            }
            [RemoteEvent</*@*/Change, Ctx>({{Guid1}})] public static partial class Changed { }
            {{GeneratorHarness.JsonContext("Ctx", "Change")}}
            """);

        Expect(diagnostic, "EVS0010", "Change", "The argument type 'Change' of remote event 'Changed' has no "
            + "constructor System.Text.Json can call: add a public parameterless constructor, keep exactly one public "
            + "constructor, or mark one with [JsonConstructor]");
    }

    [Fact]
    public async Task Argument_missing_from_the_json_context_warns_EVS0011()
    {
        var diagnostic = await Single($$"""
            public sealed record Change(int Id);
            [RemoteEvent</*@*/Change, Ctx>({{Guid1}})] public static partial class Changed { }
            {{GeneratorHarness.JsonContext("Ctx")}}
            """);

        Expect(diagnostic, "EVS0011", "Change", "'Ctx' does not list 'Change', the argument type of remote event "
            + "'Changed': add [JsonSerializable(typeof(Change))] to 'Ctx'");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public async Task Plain_attribute_under_an_alias_reports_EVS0012_on_the_name()
    {
        var diagnostic = await Single($$"""
            using RE = EventSystem.RemoteEventAttribute;
            [/*@*/RE({{Guid1}})] public static partial class Cleared { }
            """);

        Expect(diagnostic, "EVS0012", "RE", "The attribute 'RE' on remote event 'Cleared' is [RemoteEvent] under "
            + "another name, which the source generator does not recognize: write [RemoteEvent(...)] instead");
    }

    [Fact]
    public async Task Typed_attribute_under_an_alias_reports_EVS0012_naming_the_typed_form()
    {
        var diagnostic = await Single($$"""
            using Typed = EventSystem.RemoteEventAttribute<Change, Ctx>;
            public sealed record Change(int Id);
            [/*@*/Typed({{Guid1}})] public static partial class Changed { }
            {{GeneratorHarness.JsonContext("Ctx", "Change")}}
            """);

        Expect(diagnostic, "EVS0012", "Typed", "The attribute 'Typed' on remote event 'Changed' is [RemoteEvent] "
            + "under another name, which the source generator does not recognize: write "
            + "[RemoteEvent<Change, Ctx>(...)] instead");
    }

    [Fact]
    public async Task Qualified_attribute_names_are_recognized()
    {
        var diagnostics = await Diagnostics($$"""
            public sealed record Change(int Id);
            [global::EventSystem.RemoteEventAttribute<Change, Ctx>({{Guid1}})] public static partial class Changed { }
            [EventSystem.RemoteEvent("22222222-2222-4333-8444-555555555555")] public static partial class Cleared { }
            {{GeneratorHarness.JsonContext("Ctx", "Change")}}
            """);

        Assert.Empty(diagnostics);
    }

    // xunit creates one instance per test, so this holds the source of the running test only.
    private string? analyzedSource;

    private async Task<Diagnostic[]> Diagnostics(string source)
    {
        analyzedSource = source;
        return await AnalyzerHarness.Analyze(source);
    }

    private async Task<Diagnostic> Single(string source) => Assert.Single(await Diagnostics(source));

    private void Expect(Diagnostic diagnostic, string id, string expectedText, string message)
    {
        Assert.NotNull(analyzedSource);
        DiagnosticAssert.Expect(diagnostic, analyzedSource, id, expectedText, message);
    }
}
