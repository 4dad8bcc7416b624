using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Analysis;

/// <summary>Reads an attribute's name as written, the way the syntax-only generator does.</summary>
internal static class AttributeNames
{
    public static SimpleNameSyntax Rightmost(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax aliased => aliased.Name,
        _ => (SimpleNameSyntax)name,
    };

    /// <summary>
    /// True when the generator recognizes the name: <c>RemoteEvent</c> or <c>RemoteEventAttribute</c>, qualified or
    /// not, with two type arguments for the typed attribute and none for the plain one.
    /// </summary>
    public static bool IsRecognized(NameSyntax name, bool typed)
    {
        var rightmost = Rightmost(name);
        var identifier = rightmost.Identifier.ValueText;
        var typeArgumentCount = rightmost is GenericNameSyntax generic ? generic.TypeArgumentList.Arguments.Count : 0;
        return identifier is "RemoteEvent" or "RemoteEventAttribute" && typeArgumentCount == (typed ? 2 : 0);
    }
}
