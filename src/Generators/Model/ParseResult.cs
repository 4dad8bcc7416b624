namespace EventSystem.Generators.Model;

/// <summary>What parsing one annotated class yields: a model when the class is valid, and its diagnostics.</summary>
internal sealed record ParseResult(EventModel? Event, IdUse? IdUse, EquatableArray<DiagnosticInfo> Diagnostics);
