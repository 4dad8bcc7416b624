namespace EventSystem.GeneratedSample;

/// <summary>An order changed; every server drops its cached copy.</summary>
[RemoteEvent<OrderUpdatedArgs, SampleJsonContext>("7d1c2a4e-8f3b-4c6d-a1e2-9b0f5c3d7e21")]
public static partial class OrderUpdated;

/// <summary>Every server empties its whole cache.</summary>
[RemoteEvent("0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90")]
public static partial class CacheCleared;
