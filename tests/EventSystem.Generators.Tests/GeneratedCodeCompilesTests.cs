using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Tests;

public class GeneratedCodeCompilesTests
{
    [Fact]
    public void Output_for_many_events_compiles_without_any_diagnostic()
    {
        var run = GeneratorHarness.Run(
            """
            namespace Shop;

            public sealed record OrderUpdatedArgs(int OrderId, string Status);
            public readonly record struct PriceChanged(int ProductId, decimal Price);

            [RemoteEvent("0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90")]
            public static partial class CacheCleared;

            [RemoteEvent<OrderUpdatedArgs, ShopJsonContext>("7d1c2a4e-8f3b-4c6d-a1e2-9b0f5c3d7e21")]
            internal static partial class OrderUpdated;

            public static partial class Nested
            {
                [RemoteEvent<PriceChanged, ShopJsonContext>("5c9a7e31-0d2b-4f6e-8a19-3b7c4d2e1f05")]
                public static partial class PriceEvent;
            }

            internal static class Usage
            {
                public static async Task UseAsync(IEventRegistry registry)
                {
                    using var a = CacheCleared.Subscribe(registry, details => _ = details.IsLocal);
                    using var b = OrderUpdated.Subscribe(registry, (args, details) => _ = args.OrderId);
                    using var c = OrderUpdated.Subscribe(registry, async (args, details) => await Task.Yield());
                    using var d = Nested.PriceEvent.SubscribeMissed(registry, missed => _ = missed.Count);
                    OrderUpdated.Raise(new OrderUpdatedArgs(1, "paid"));
                    await OrderUpdated.RaiseAsync(registry, new OrderUpdatedArgs(1, "paid"));
                    Nested.PriceEvent.RaiseLocally(new PriceChanged(1, 2m));
                    await CacheCleared.RaiseAsync();
                }
            }
            """,
            "namespace Shop;\n" + GeneratorHarness.JsonContext("ShopJsonContext", "OrderUpdatedArgs", "PriceChanged"),
            """
            using Shop;
            using Priced = Shop.PriceChanged;
            using static System.Math;

            [RemoteEvent<Priced, ShopJsonContext>("1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b")]
            public static partial class GlobalNamespaceEvent;

            namespace Shop.Other
            {
                using Orders = Shop.OrderUpdatedArgs;

                [RemoteEvent<Orders, ShopJsonContext>("2e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b")]
                public static partial class @event;

                [RemoteEvent(Ids.Text)]
                public static partial class FromConstant
                {
                    public static int Rounded => (int)Round(1.5);
                }

                internal static class Ids
                {
                    public const string Text = "3e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b";
                }
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(6, run.EventCount);
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning
            || d.Id.StartsWith("CS1591", StringComparison.Ordinal));
        Assert.Empty(problems);
    }
}
