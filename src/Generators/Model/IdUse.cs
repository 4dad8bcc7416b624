namespace EventSystem.Generators.Model;

/// <summary>One event's GUID and where it is written, to find GUIDs used by two events.</summary>
internal sealed record IdUse(string Id, string EventName, LocationInfo? Location);
