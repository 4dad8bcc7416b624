namespace EventSystem.Demo;

/// <summary>The fixed ids of the demo's events; every server must use the same ones.</summary>
internal static class DemoEvents
{
    public static readonly Guid ProductChanged = new("6f1c2a9e-0b7d-4e53-9a41-2d8f5c3b7e10");
    public static readonly Guid CacheCleared = new("b2d4e6f8-1a3c-4e5f-8a7b-9c0d1e2f3a4b");

    public static string NameOf(Guid eventId) =>
        eventId == ProductChanged ? "ProductChanged" : eventId == CacheCleared ? "CacheCleared" : eventId.ToString();
}
