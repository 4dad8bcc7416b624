namespace EventSystem.Generators.Tests;

public class SnapshotTests
{
    [Fact]
    public void Event_without_argument_generates_plain_members()
    {
        var run = GeneratorHarness.Run("""
            namespace Shop;

            [RemoteEvent("0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90")]
            public static partial class CacheCleared;
            """);

        SnapshotAssert.Matches("CacheCleared", run.SingleSource);
    }

    [Fact]
    public void Event_with_record_argument_generates_typed_members()
    {
        var run = GeneratorHarness.Run(
            """
            namespace Shop;

            public sealed record OrderUpdatedArgs(int OrderId, string Status);

            [RemoteEvent<OrderUpdatedArgs, ShopJsonContext>("7D1C2A4E-8F3B-4C6D-A1E2-9B0F5C3D7E21")]
            internal static partial class OrderUpdated;
            """,
            "namespace Shop;\n" + GeneratorHarness.JsonContext("ShopJsonContext", "OrderUpdatedArgs"));

        SnapshotAssert.Matches("OrderUpdated", run.SingleSource);
    }

    [Fact]
    public void Event_with_struct_argument_generates_typed_members()
    {
        var run = GeneratorHarness.Run(
            """
            public readonly record struct PriceChanged(int ProductId, decimal Price);

            [RemoteEvent<PriceChanged, PriceJsonContext>("{5c9a7e31-0d2b-4f6e-8a19-3b7c4d2e1f05}")]
            public static partial class PriceChangedEvent;
            """,
            GeneratorHarness.JsonContext("PriceJsonContext", "PriceChanged"));

        SnapshotAssert.Matches("PriceChangedEvent", run.SingleSource);
    }

    [Fact]
    public void Event_nested_in_partial_types_repeats_the_enclosing_declarations()
    {
        var run = GeneratorHarness.Run("""
            namespace Shop.Catalog;

            public static partial class Events
            {
                public partial record struct Inner
                {
                    [RemoteEvent("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d")]
                    public static partial class ProductRenamed;
                }
            }
            """);

        SnapshotAssert.Matches("ProductRenamed", run.SingleSource);
    }

    [Fact]
    public void Event_with_argument_from_other_namespaces_repeats_the_declaring_files_directives()
    {
        var run = GeneratorHarness.Run(
            """
            using Shop.Contracts;
            using Json = Shop.Serialization;

            namespace Shop
            {
                namespace Events
                {
                    using System.Collections.Generic;

                    [RemoteEvent<OrderShipped, Json.ShopJsonContext>("3c0d6f2a-1b4e-4c8d-9a7f-5e2b1d0c9f84")]
                    public static partial class Shipped;
                }
            }
            """,
            "namespace Shop.Contracts; public sealed record OrderShipped(int OrderId);",
            "namespace Shop.Serialization;\n"
                + GeneratorHarness.JsonContext("ShopJsonContext", "Shop.Contracts.OrderShipped"));

        SnapshotAssert.Matches("Shipped", run.SingleSource);
    }

    [Fact]
    public void Event_with_constant_id_uses_the_constant()
    {
        var run = GeneratorHarness.Run("""
            namespace Shop;

            public static class EventIds
            {
                public const string Cleared = "0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90";
            }

            [RemoteEvent(EventIds.Cleared)]
            public static partial class ConstantIdCleared;
            """);

        SnapshotAssert.Matches("ConstantIdCleared", run.SingleSource);
    }
}
