namespace EventSystem.Generators.Model;

/// <summary>Everything the emitter needs to write one event class; strings and equatable arrays only.</summary>
/// <param name="HintName">The unique file name of the generated source.</param>
/// <param name="Namespace">The event's namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
/// <param name="Name">The event class's name.</param>
/// <param name="Id">The event's GUID in the <c>D</c> format.</param>
/// <param name="Argument">The argument of a typed event; <see langword="null"/> for an event without one.</param>
internal sealed record EventModel(
    string HintName,
    string Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Name,
    string Id,
    ArgumentModel? Argument);
