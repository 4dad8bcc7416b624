namespace EventSystem.Generators.Tests;

public class GeneratedLineWidthTests
{
    private const int MaxColumns = 120;

    [Fact]
    public void Events_with_long_namespace_and_type_names_generate_no_line_wider_than_120_columns()
    {
        var run = GeneratorHarness.Run(
            """
            namespace Contoso.Commerce.Fulfilment.Notifications;

            public sealed record ShipmentDispatchedToCarrierArguments(int ShipmentId);

            public static partial class WarehouseDispatchEventsContainer
            {
                [RemoteEvent<ShipmentDispatchedToCarrierArguments, FulfilmentNotificationsJsonContext>(
                    "7d1c2a4e-8f3b-4c6d-a1e2-9b0f5c3d7e21")]
                public static partial class ShipmentDispatchedToCarrierEvent;

                [RemoteEvent("0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90")]
                public static partial class WarehouseInventoryCacheClearedEvent;
            }
            """,
            "namespace Contoso.Commerce.Fulfilment.Notifications;\n"
                + GeneratorHarness.JsonContext(
                    "FulfilmentNotificationsJsonContext", "ShipmentDispatchedToCarrierArguments"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(2, run.EventCount);
        var wideLines = run.HintNames
            .SelectMany(hint => run.Source(hint).Split('\n').Select(line => (hint, line)))
            .Where(entry => entry.line.TrimEnd('\r').Length > MaxColumns)
            .Select(entry => $"{entry.hint}: {entry.line}")
            .ToList();
        Assert.True(wideLines.Count == 0, string.Join("\n", wideLines));
    }
}
