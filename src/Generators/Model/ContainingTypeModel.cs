namespace EventSystem.Generators.Model;

/// <summary>
/// A type that encloses an event class: its keyword (<c>class</c>, <c>record struct</c>...) and name.
/// </summary>
internal sealed record ContainingTypeModel(string Keyword, string Name);
