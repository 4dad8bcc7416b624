namespace EventSystem.Generators.Model;

/// <summary>The argument type of a typed event and the JSON context that carries its metadata.</summary>
/// <param name="TypeName">The argument type as the attribute spells it; it binds in the copied usings.</param>
/// <param name="JsonContextName">The context type as the attribute spells it.</param>
internal sealed record ArgumentModel(string TypeName, string JsonContextName);
