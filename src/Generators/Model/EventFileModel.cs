namespace EventSystem.Generators.Model;

/// <summary>One generated file: events that share the declaring files' top-level directives.</summary>
/// <param name="HintName">The file's unique name.</param>
/// <param name="FileDirectives">The top-level directives every event in the file needs.</param>
/// <param name="Events">The events, in ordinal order of their full names.</param>
internal sealed record EventFileModel(
    string HintName, EquatableArray<string> FileDirectives, EquatableArray<EventModel> Events);
