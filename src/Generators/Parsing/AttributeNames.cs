using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Parsing;

/// <summary>
/// Recognizes <c>[RemoteEvent]</c> by the name as written, so that finding events needs no semantic model. The
/// analyzer reports the attribute used under an alias, the one spelling this misses.
/// </summary>
internal static class AttributeNames
{
    private const string ShortName = "RemoteEvent";
    private const string FullName = "RemoteEventAttribute";
    private const string Namespace = "EventSystem";

    /// <summary>The first attribute on <paramref name="declaration"/> named like ours, if any.</summary>
    public static AttributeSyntax? FindRemoteEvent(ClassDeclarationSyntax declaration)
    {
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (IsRemoteEvent(attribute.Name))
                {
                    return attribute;
                }
            }
        }

        return null;
    }

    /// <summary>The simple name the attribute ends with, for example <c>RemoteEvent&lt;A, B&gt;</c>.</summary>
    public static SimpleNameSyntax? RightmostName(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple,
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        _ => null,
    };

    /// <summary>
    /// True when the generator recognizes the name: <c>RemoteEvent</c> or <c>RemoteEventAttribute</c>, unqualified or
    /// qualified with <c>EventSystem</c>, with two type arguments for the typed attribute and none for the plain one.
    /// Another qualifier names another namespace's attribute (or ours under an alias, which the analyzer reports).
    /// </summary>
    public static bool IsRecognized(NameSyntax name, bool typed) =>
        HasOurQualifier(name)
        && RightmostName(name) is { } simple
        && simple.Identifier.ValueText is ShortName or FullName
        && (typed
            ? simple is GenericNameSyntax { TypeArgumentList.Arguments.Count: 2 }
            : simple is IdentifierNameSyntax);

    private static bool HasOurQualifier(NameSyntax name) => name switch
    {
        SimpleNameSyntax => true,
        QualifiedNameSyntax { Left: var left } => left switch
        {
            IdentifierNameSyntax only => only.Identifier.ValueText == Namespace,
            AliasQualifiedNameSyntax global => global.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword)
                && global.Name.Identifier.ValueText == Namespace,
            _ => false,
        },
        _ => false,
    };

    private static bool IsRemoteEvent(NameSyntax name) => IsRecognized(name, typed: false) || IsRecognized(name, true);
}
