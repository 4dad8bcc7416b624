namespace EventSystem.Generators.Model;

/// <summary>One namespace declaration around an event, with the directives written inside it.</summary>
/// <param name="Name">The name as declared, for example <c>Shop.Catalog</c>.</param>
/// <param name="Directives">
/// Its using and extern alias directives as written; empty when the event's code needs no name lookup.
/// </param>
internal sealed record NamespaceModel(string Name, EquatableArray<string> Directives);
