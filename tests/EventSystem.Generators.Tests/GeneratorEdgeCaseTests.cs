using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSystem.Generators.Tests;

/// <summary>
/// Inputs a user may well write that a syntax-only generator could get wrong: the output must compile without
/// anything the user's code alone would not report, and what cannot be generated must get an EVS diagnostic.
/// </summary>
public class GeneratorEdgeCaseTests
{
    [Fact]
    public void Id_expression_written_over_several_lines_compiles()
    {
        var run = GeneratorHarness.Run("""
            namespace Shop;

            public static class Ids
            {
                public const string Prefix = "3f2504e0-4f89-41d3-9a0c-";
            }

            [RemoteEvent(
                Ids.Prefix + // shared by every shop event
                "0305e82c3301")]
            public static partial class CacheCleared;
            """);

        Assert.Equal(1, run.EventCount);
        AssertNoProblems(run.Output);
        Assert.Contains("<c>Ids.Prefix + \"0305e82c3301\"</c>", run.SingleSource, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("default")]
    public async Task Id_that_is_null_or_default_gets_no_code_but_EVS0003(string id)
    {
        var source = $$"""
            #nullable disable
            [RemoteEvent({{id}})]
            public static partial class CacheCleared;
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Equal(0, run.EventCount);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(source));
        Assert.Equal("EVS0003", diagnostic.Id);
    }

    [Fact]
    public async Task Public_event_with_an_internal_argument_type_reports_EVS0013()
    {
        var source = $$"""
            internal sealed record OrderArgs(int OrderId);

            [RemoteEvent<OrderArgs, ShopJson>("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            public static partial class OrderUpdated;

            {{GeneratorHarness.JsonContext("ShopJson", "OrderArgs")}}
            """;

        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(source));

        Assert.Equal("EVS0013", diagnostic.Id);
        Assert.Equal(
            "The argument type 'OrderArgs' is less accessible than remote event 'OrderUpdated', whose generated "
            + "methods take it: make 'OrderArgs' public, or make 'OrderUpdated' internal",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Internal_event_with_an_internal_argument_type_compiles_without_diagnostics()
    {
        var run = GeneratorHarness.Run(
            """
            internal sealed record OrderArgs(int OrderId);

            [RemoteEvent<System.Collections.Generic.List<OrderArgs>, ShopJson>("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            internal static partial class OrderUpdated;
            """,
            GeneratorHarness.JsonContext("ShopJson", "System.Collections.Generic.List<OrderArgs>"));

        AssertNoProblems(run.Output);
        Assert.Empty(await AnalyzerHarness.Analyze(GeneratorHarness.Compile(
            """
            internal sealed record OrderArgs(int OrderId);

            [RemoteEvent<System.Collections.Generic.List<OrderArgs>, ShopJson>("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            internal static partial class OrderUpdated;
            """,
            GeneratorHarness.JsonContext("ShopJson", "System.Collections.Generic.List<OrderArgs>"))));
    }

    [Theory]
    [InlineData("""
        [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
        file static partial class CacheCleared;
        """)]
    [InlineData("""
        file static partial class Events
        {
            [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            public static partial class CacheCleared;
        }
        """)]
    public async Task File_local_event_gets_no_code_but_EVS0014(string source)
    {
        var run = GeneratorHarness.Run(source);

        // A generated part would silently declare a second, non-file-local class of the same name.
        Assert.Equal(0, run.EventCount);
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(source));
        Assert.Equal("EVS0014", diagnostic.Id);
    }

    [Fact]
    public void Qualified_foreign_attribute_named_RemoteEvent_before_ours_does_not_hide_the_event()
    {
        var run = GeneratorHarness.Run("""
            namespace Legacy
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class RemoteEventAttribute : System.Attribute { }
            }

            namespace Shop
            {
                [Legacy.RemoteEvent, EventSystem.RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
                public static partial class CacheCleared;

                internal static class Usage
                {
                    public static void Use() => CacheCleared.Raise();
                }
            }
            """);

        Assert.Equal(1, run.EventCount);
        AssertNoProblems(run.Output);
    }

    [Fact]
    public async Task Our_attribute_under_a_namespace_alias_reports_EVS0012()
    {
        var source = """
            using Events = EventSystem;

            [Events.RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            public static partial class CacheCleared;
            """;

        Assert.Equal(0, GeneratorHarness.Run(source).EventCount);
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(source));
        Assert.Equal("EVS0012", diagnostic.Id);
    }

    private const string ForeignAttributeSource = """
            namespace Legacy
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class RemoteEventAttribute(string name) : System.Attribute
                {
                    public string Name => name;
                }
            }

            namespace Shop
            {
                using Legacy;

                [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
                public partial class Product
                {
                    public string? Sku { get; set; }
                }
            }
            """;

    [Fact]
    public async Task Foreign_attribute_named_RemoteEvent_that_the_generator_takes_for_ours_reports_EVS0016()
    {
        var diagnostic = Assert.Single(await AnalyzerHarness.Analyze(ForeignAttributeSource));

        Assert.Equal("EVS0016", diagnostic.Id);
        Assert.Equal(
            "'Legacy.RemoteEventAttribute' is not EventSystem's [RemoteEvent], but the source generator recognizes "
            + "remote events by name and generates members for 'Product': qualify the attribute, for example "
            + "[Legacy.RemoteEvent(...)]",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Qualified_foreign_attribute_named_RemoteEvent_is_left_alone()
    {
        var source = ForeignAttributeSource.Replace("[RemoteEvent(", "[Legacy.RemoteEvent(", StringComparison.Ordinal);

        Assert.Equal(0, GeneratorHarness.Run(source).EventCount);
        Assert.Empty(await AnalyzerHarness.Analyze(source));
    }

    [Fact]
    public async Task User_member_named_like_a_generated_field_reports_EVS0015()
    {
        // The generator writes nothing for this class (see the next test), so the analyzer's error is what shows.
        var source = """
            [RemoteEvent(CacheCleared.Id)]
            public static partial class CacheCleared
            {
                public const string Id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

                public static void Raise(int times) { }
            }
            """;

        var diagnostics = await AnalyzerHarness.Analyze(source);

        var diagnostic = Assert.Single(diagnostics, d => d.Id.StartsWith("EVS", StringComparison.Ordinal));
        Assert.Equal("EVS0015", diagnostic.Id);
        Assert.Equal(
            "Remote event 'CacheCleared' declares 'Id', a name its generated members use: rename 'Id'",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("public const string Id = \"x\";")]
    [InlineData("public static int RaiserId => 1;")]
    [InlineData("public static int Raise { get; } = 1;")]
    [InlineData("public static readonly int Subscribe = 1;")]
    [InlineData("public sealed class GetEvent { }")]
    public void Class_with_a_member_named_like_a_generated_one_gets_no_code_so_no_declaration_error_hides_EVS0015(
        string member)
    {
        var run = GeneratorHarness.Run($$"""
            [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            public static partial class CacheCleared
            {
                {{member}}
            }
            """);

        // A build stops before analyzers when declarations have errors; a duplicate member would be one.
        Assert.Equal(0, run.EventCount);
        Assert.DoesNotContain(run.Output.GetDeclarationDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void User_overload_of_a_generated_method_keeps_the_generated_members()
    {
        var run = GeneratorHarness.Run("""
            [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            public static partial class CacheCleared
            {
                public static void Raise(int times) { }
            }
            """);

        Assert.Equal(1, run.EventCount);
        AssertNoProblems(run.Output);
    }

    [Fact]
    public void Type_arguments_written_qualified_nested_or_as_closed_generics_compile()
    {
        var run = GeneratorHarness.Run(
            """
            namespace Shop.Models
            {
                public sealed record Order(int Id);
                public static class Catalog { public sealed record Item(int Id); }
            }

            namespace Shop
            {
                [RemoteEvent<global::Shop.Models.Order, global::Shop.Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
                public static partial class E1;
                [RemoteEvent<Models.Catalog.Item, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3302")]
                public static partial class E2;
                [RemoteEvent<System.Collections.Generic.List<int>, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3303")]
                public static partial class E3;
                [RemoteEvent<int[], Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3304")]
                public static partial class E4;
                [RemoteEvent<(int, string), Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3305")]
                public static partial class E5;
                [RemoteEvent<int?, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3306")]
                public static partial class E6;
                [RemoteEvent<System.Collections.Generic.Dictionary<string, // keys
                        int /* counts */>, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3307")]
                public static partial class E7;
                [RemoteEvent<
                    /* args */ Models.Order,
                    Json /* context */>("3f2504e0-4f89-41d3-9a0c-0305e82c3308")]
                public static partial class E8;
            }
            """,
            "namespace Shop;\n" + GeneratorHarness.JsonContext(
                "Json", "Models.Order", "Models.Catalog.Item", "System.Collections.Generic.List<int>", "int[]",
                "(int, string)", "int?", "System.Collections.Generic.Dictionary<string, int>"));

        Assert.Equal(8, run.EventCount);
        AssertNoProblems(run.Output);
    }

    [Fact]
    public void Usings_of_nested_namespace_blocks_bind_relative_names_and_aliases()
    {
        var run = GeneratorHarness.Run(
            """
            using System.Collections.Generic;

            namespace Shop
            {
                using Models;

                namespace Models
                {
                    public sealed record Order(int Id);
                }

                namespace Events
                {
                    using M = Models;
                    using Orders = System.Collections.Generic.List<Models.Order>;

                    [RemoteEvent<M.Order, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
                    public static partial class E1;
                    [RemoteEvent<Orders, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3302")]
                    public static partial class E2;
                    [RemoteEvent<List<Order>, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3303")]
                    public static partial class E3;
                }
            }
            """,
            "namespace Shop;\n" + GeneratorHarness.JsonContext(
                "Json", "Models.Order", "System.Collections.Generic.List<Models.Order>"));

        Assert.Equal(3, run.EventCount);
        AssertNoProblems(run.Output);
    }

    [Fact]
    public void Usings_under_if_directives_are_copied_as_the_compiler_sees_them()
    {
        var run = GeneratorHarness.Run(
            """
            #if DEBUG
            using M = Shop.Debugging;
            #else
            using M = Shop.Models;
            #endif

            namespace Shop;

            public static class Models { public sealed record Order(int Id); }

            #if !NEVER_DEFINED
            [RemoteEvent<M.Order, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            #endif
            public static partial class OrderUpdated;
            """,
            "namespace Shop;\n" + GeneratorHarness.JsonContext("Json", "Models.Order"));

        Assert.Equal(1, run.EventCount);
        AssertNoProblems(run.Output);
    }

    [Fact]
    public void Id_spellings_that_compile_for_the_user_compile_in_the_output()
    {
        var run = GeneratorHarness.Run(""""
            using static Shop.Ids;

            namespace Shop;

            public static class Ids
            {
                public const string Prefix = "3f2504e0-4f89-41d3-9a0c";
                public const string Static = "3f2504e0-4f89-41d3-9a0c-0305e82c3306";
            }

            [RemoteEvent(id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
            public static partial class Named;
            [RemoteEvent(@"3f2504e0-4f89-41d3-9a0c-0305e82c3302")]
            public static partial class Verbatim;
            [RemoteEvent("""3f2504e0-4f89-41d3-9a0c-0305e82c3303""")]
            public static partial class Raw;
            [RemoteEvent("{3f2504e0-4f89-41d3-9a0c-0305e82c3304}")]
            public static partial class Braced;
            [RemoteEvent($"{Ids.Prefix}-0305e82c3305")]
            public static partial class Interpolated;
            [RemoteEvent(Static)]
            public static partial class UsingStatic;

            public static partial class Outer
            {
                private const string Nested = "3f2504e0-4f89-41d3-9a0c-0305e82c3307";

                [RemoteEvent(Nested)]
                public static partial class FromContainingType;
            }
            """");

        Assert.Equal(7, run.EventCount);
        AssertNoProblems(run.Output);
    }

    [Fact]
    public void Events_nested_in_records_structs_and_interfaces_compile()
    {
        var run = GeneratorHarness.Run("""
            namespace Shop;

            public partial record Order(int Id)
            {
                [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
                public static partial class Changed;
            }

            public readonly partial record struct Price(decimal Amount)
            {
                [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3302")]
                public static partial class Changed;
            }

            public ref partial struct Cursor
            {
                [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3303")]
                public static partial class Moved;
            }

            public partial interface IShop
            {
                [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3304")]
                public static partial class Opened;
            }

            public partial class Cart(int size)
            {
                public int Size => size;

                [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3305")]
                public static partial class Emptied;
            }
            """);

        Assert.Equal(5, run.EventCount);
        AssertNoProblems(run.Output);
    }

    [Fact]
    public void Events_of_the_same_name_in_several_namespaces_each_get_members_once()
    {
        var run = GeneratorHarness.Run(
            """
            namespace A { [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3301")] public static partial class E; }
            namespace B { [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3302")] public static partial class E; }
            namespace A.B { [RemoteEvent("3f2504e0-4f89-41d3-9a0c-0305e82c3303")] public static partial class E; }
            """,
            """
            namespace C;
            using System.Text;
            [RemoteEvent(Ids.Text)] public static partial class E;
            public static class Ids { public const string Text = "3f2504e0-4f89-41d3-9a0c-0305e82c3304"; }
            """);

        Assert.Equal(4, run.EventCount);
        Assert.Equal(run.HintNames.Count(), run.HintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        AssertNoProblems(run.Output);
    }

    [Fact]
    public void Names_from_an_extern_alias_bind_in_the_output()
    {
        var vendor = CSharpCompilation.Create(
            "Vendor",
            [CSharpSyntaxTree.ParseText("""
                namespace Vendor.Models;
                public sealed record Shipment(int Id);
                public static class Ids { public const string Shipped = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"; }
                """)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(vendor.Emit(image).Success);
        var compilation = GeneratorHarness.Compile(
            """
            extern alias Carrier;
            using Carrier::Vendor.Models;
            using Parcel = Carrier::Vendor.Models.Shipment;

            namespace Shop;

            [RemoteEvent<Shipment, Json>(Carrier::Vendor.Models.Ids.Shipped)]
            public static partial class Shipped;
            [RemoteEvent<Parcel, Json>("3f2504e0-4f89-41d3-9a0c-0305e82c3302")]
            public static partial class Delivered;
            """,
            "extern alias Carrier;\nnamespace Shop;\n"
                + GeneratorHarness.JsonContext("Json", "Carrier::Vendor.Models.Shipment"))
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()).WithAliases(["Carrier"]));

        var driver = GeneratorHarness.CreateDriver()
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var errors);
        var run = new GeneratorRun(driver.GetRunResult(), output, errors);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(2, run.EventCount);
        AssertNoProblems(run.Output);
    }

    private static void AssertNoProblems(Compilation output) =>
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
}
