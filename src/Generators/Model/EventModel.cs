namespace EventSystem.Generators.Model;

/// <summary>Everything the emitter needs to write one event class; strings and equatable arrays only.</summary>
/// <param name="FullName">Namespace, enclosing types and name, to order events and choose their file.</param>
/// <param name="FileDirectives">
/// The using and extern alias directives at the top of the declaring file, which the generated file repeats so
/// that type names bind as they do in the attribute; empty when the event's code needs no name lookup.
/// </param>
/// <param name="Namespaces">Enclosing namespace declarations, outermost first.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
/// <param name="Name">The event class's name.</param>
/// <param name="Id">The GUID in the <c>D</c> format; empty when <paramref name="IdExpression"/> is set.</param>
/// <param name="IdExpression">The id argument as written when it is not a string literal (a constant).</param>
/// <param name="Argument">The argument of a typed event; <see langword="null"/> for an event without one.</param>
internal sealed record EventModel(
    string FullName,
    EquatableArray<string> FileDirectives,
    EquatableArray<NamespaceModel> Namespaces,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Name,
    string Id,
    string? IdExpression,
    ArgumentModel? Argument);
