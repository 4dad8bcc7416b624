using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using EventSystem.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Parsing;

/// <summary>
/// Turns one class marked with <c>[RemoteEvent]</c> into a model from its syntax alone. The generator never asks
/// the compilation anything, so an edit elsewhere costs it almost nothing; what needs symbols (argument types,
/// GUIDs used twice) is checked by <c>RemoteEventAnalyzer</c>. A declaration that cannot compile with generated
/// members (not partial, generic, in a type that is not partial, an id that is not a GUID) yields no model, and
/// the analyzer says why.
/// </summary>
internal static class EventSyntaxParser
{
    /// <summary>The filter that runs on every edited file: a class with an attribute named like ours.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        node is ClassDeclarationSyntax { AttributeLists.Count: > 0 } declaration
        && AttributeNames.FindRemoteEvent(declaration) is not null;

    public static EventModel? Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken) =>
        Parse((ClassDeclarationSyntax)context.Node, cancellationToken);

    /// <summary>The event's model, or null when no members can be generated for the declaration.</summary>
    public static EventModel? Parse(ClassDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        if (AttributeNames.FindRemoteEvent(declaration) is not { } attribute
            || !IsPartialAndNotGeneric(declaration)
            || GeneratedMembers.ClashWithAnyMember(declaration)
            || ContainingTypes(declaration) is not { } containingTypes
            || IdArgument(attribute) is not { } idArgument)
        {
            return null;
        }

        var id = string.Empty;
        string? idExpression = null;
        if (idArgument is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
        {
            if (!Guid.TryParse(literal.Token.ValueText, out var parsed) || parsed == Guid.Empty)
            {
                return null;
            }

            id = parsed.ToString("D");
        }
        else if (idArgument is LiteralExpressionSyntax)
        {
            return null; // null, default or a number: not a string, and the analyzer says so.
        }
        else
        {
            idExpression = OnOneLine(idArgument);
        }

        var argument = AttributeNames.RightmostName(attribute.Name) is GenericNameSyntax generic
            ? new ArgumentModel(
                generic.TypeArgumentList.Arguments[0].ToString(), generic.TypeArgumentList.Arguments[1].ToString())
            : null;

        // Names written by the user bind in the generated file only if it repeats the user's directives.
        var needsLookup = argument is not null || idExpression is not null;
        var namespaces = Namespaces(declaration, needsLookup);
        var fileDirectives = needsLookup && declaration.SyntaxTree.GetRoot(cancellationToken) is
            CompilationUnitSyntax unit
            ? Directives(unit.Externs, unit.Usings)
            : EquatableArray<string>.Empty;
        var name = declaration.Identifier.Text;
        return new EventModel(
            FullName(namespaces, containingTypes, name),
            fileDirectives,
            namespaces,
            containingTypes,
            name,
            id,
            idExpression,
            argument);
    }

    // A file-local class cannot have a part in the generated file: that part would declare another class.
    private static bool IsPartialAndNotGeneric(TypeDeclarationSyntax declaration) =>
        declaration.Modifiers.Any(SyntaxKind.PartialKeyword) && declaration.TypeParameterList is null
        && !FileLocalTypes.IsFileLocal(declaration);

    /// <summary>
    /// The expression's tokens with one space wherever the user had whitespace, comments or directives, so that
    /// an id written over several lines fits the one-line documentation comment that quotes it.
    /// </summary>
    private static string OnOneLine(ExpressionSyntax expression)
    {
        var text = new StringBuilder();
        var previous = default(SyntaxToken);
        foreach (var token in expression.DescendantTokens())
        {
            if (text.Length > 0 && (previous.HasTrailingTrivia || token.HasLeadingTrivia))
            {
                text.Append(' ');
            }

            text.Append(token.Text);
            previous = token;
        }

        return text.ToString();
    }

    private static ExpressionSyntax? IdArgument(AttributeSyntax attribute) =>
        attribute.ArgumentList is { Arguments: { Count: 1 } arguments } && arguments[0].NameEquals is null
            ? arguments[0].Expression
            : null;

    private static EquatableArray<ContainingTypeModel>? ContainingTypes(ClassDeclarationSyntax declaration)
    {
        List<ContainingTypeModel>? chain = null;
        for (var parent = declaration.Parent; parent is TypeDeclarationSyntax outer; parent = parent.Parent)
        {
            if (!IsPartialAndNotGeneric(outer))
            {
                return null;
            }

            var keyword = outer switch
            {
                RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)
                    ? "record struct"
                    : "record",
                StructDeclarationSyntax => "struct",
                InterfaceDeclarationSyntax => "interface",
                _ => "class",
            };
            (chain ??= []).Insert(0, new ContainingTypeModel(keyword, outer.Identifier.Text));
        }

        return chain is null ? EquatableArray<ContainingTypeModel>.Empty : new(chain);
    }

    private static EquatableArray<NamespaceModel> Namespaces(SyntaxNode declaration, bool withDirectives)
    {
        List<NamespaceModel>? chain = null;
        for (var parent = declaration.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is BaseNamespaceDeclarationSyntax space)
            {
                var directives = withDirectives
                    ? Directives(space.Externs, space.Usings)
                    : EquatableArray<string>.Empty;
                (chain ??= []).Insert(0, new NamespaceModel(space.Name.ToString(), directives));
            }
        }

        return chain is null ? EquatableArray<NamespaceModel>.Empty : new(chain);
    }

    /// <summary>
    /// The directives as written, except global usings: those already apply to every file, and repeating them
    /// would only add warnings.
    /// </summary>
    private static EquatableArray<string> Directives(
        SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
    {
        if (externs.Count == 0 && usings.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var lines = new List<string>(externs.Count + usings.Count);
        foreach (var alias in externs)
        {
            lines.Add(alias.ToString());
        }

        foreach (var directive in usings)
        {
            if (directive.GlobalKeyword.IsKind(SyntaxKind.None))
            {
                lines.Add(directive.ToString());
            }
        }

        return new EquatableArray<string>(lines);
    }

    private static string FullName(
        EquatableArray<NamespaceModel> namespaces, EquatableArray<ContainingTypeModel> containingTypes, string name)
    {
        var parts = new List<string>(namespaces.Count + containingTypes.Count + 1);
        foreach (var space in namespaces)
        {
            parts.Add(space.Name);
        }

        foreach (var type in containingTypes)
        {
            parts.Add(type.Name);
        }

        parts.Add(name);
        return string.Join(".", parts);
    }
}
