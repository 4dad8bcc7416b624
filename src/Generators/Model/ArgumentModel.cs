namespace EventSystem.Generators.Model;

/// <summary>The argument type of a typed event and the JSON context that carries its metadata.</summary>
/// <param name="TypeName">The fully qualified argument type, with <c>global::</c>.</param>
/// <param name="JsonContextName">The fully qualified context type, with <c>global::</c>.</param>
/// <param name="IsValueType">Whether the argument can never be null.</param>
internal sealed record ArgumentModel(string TypeName, string JsonContextName, bool IsValueType);
