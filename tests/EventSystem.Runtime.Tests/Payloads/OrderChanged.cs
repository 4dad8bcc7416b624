namespace EventSystem.Runtime.Tests.Payloads;

/// <summary>An event argument with the shapes real applications send.</summary>
public sealed record OrderChanged(
    int OrderId,
    IReadOnlyList<OrderLine> Lines,
    Dictionary<string, int> StockBySite,
    DateTimeOffset ChangedAt,
    OrderState State,
    decimal? Discount,
    string? Note,
    int[][] Matrix);
