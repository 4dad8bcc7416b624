using System;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Analysis;

/// <summary>One event's GUID and where it is written, to find GUIDs that two events use.</summary>
internal sealed record EventIdUse(Guid Id, string EventName, Location Location);
