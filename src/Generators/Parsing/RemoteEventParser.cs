using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EventSystem.Generators.Diagnostics;
using EventSystem.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Parsing;

/// <summary>Turns one class marked with a remote event attribute into a model and its diagnostics.</summary>
internal static class RemoteEventParser
{
    public const string PlainAttributeName = "EventSystem.RemoteEventAttribute";
    public const string TypedAttributeName = "EventSystem.RemoteEventAttribute`2";

    private static readonly SymbolDisplayFormat QualifiedFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary>The syntax-only filter: the attribute is only valid on classes.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        node is ClassDeclarationSyntax;

    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (ClassDeclarationSyntax)context.TargetNode;
        var attribute = context.Attributes[0];
        var diagnostics = new List<DiagnosticInfo>();
        var name = symbol.Name;
        var nameLocation = declaration.Identifier.GetLocation();

        if (!symbol.IsStatic)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NotStatic, nameLocation, name));
        }

        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NotPartial, nameLocation, name));
        }

        if (IsGeneric(symbol))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.Generic, nameLocation, name));
        }

        for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer, cancellationToken))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticCatalog.ContainingTypeNotPartial, nameLocation, name, outer.Name));
            }
        }

        var idLocation = IdArgumentLocation(attribute, cancellationToken) ?? nameLocation;
        var id = ParseId(attribute, name, idLocation, diagnostics);
        var argument = attribute.AttributeClass is { TypeArguments.Length: 2 } typed
            ? ArgumentTypeRules.Check(typed.TypeArguments[0], typed.TypeArguments[1], name,
                TypeArgumentLocation(attribute, cancellationToken) ?? nameLocation, diagnostics)
            : null;

        var idUse = id is null ? null : new IdUse(id, symbol.ToDisplayString(), LocationInfo.From(idLocation));
        var hasErrors = diagnostics.Any(d => DiagnosticCatalog.ById(d.Id).DefaultSeverity == DiagnosticSeverity.Error);
        var model = hasErrors || id is null ? null : new EventModel(
            HintName(symbol),
            symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty : symbol.ContainingNamespace.ToDisplayString(),
            new EquatableArray<ContainingTypeModel>(ContainingTypes(symbol)),
            name,
            id,
            argument);
        return new ParseResult(model, idUse, new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    public static string Qualified(ITypeSymbol type) => type.ToDisplayString(QualifiedFormat);

    private static string? ParseId(
        AttributeData attribute, string name, Location location, List<DiagnosticInfo> diagnostics)
    {
        if (attribute.ConstructorArguments.Length != 1)
        {
            return null; // The compiler already reports the missing argument.
        }

        var text = attribute.ConstructorArguments[0].Value as string;
        if (!Guid.TryParse(text, out var id))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidId, location, text ?? "null"));
            return null;
        }

        if (id == Guid.Empty)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.EmptyId, location, name));
            return null;
        }

        return id.ToString("D");
    }

    private static bool IsGeneric(INamedTypeSymbol symbol)
    {
        for (var type = symbol; type is not null; type = type.ContainingType)
        {
            if (type.TypeParameters.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static List<ContainingTypeModel> ContainingTypes(INamedTypeSymbol symbol)
    {
        var chain = new List<ContainingTypeModel>();
        for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            var keyword = (outer.TypeKind, outer.IsRecord) switch
            {
                (TypeKind.Struct, true) => "record struct",
                (TypeKind.Struct, false) => "struct",
                (TypeKind.Interface, _) => "interface",
                (_, true) => "record",
                _ => "class",
            };
            chain.Insert(0, new ContainingTypeModel(keyword, outer.Name));
        }

        return chain;
    }

    private static string HintName(INamedTypeSymbol symbol)
    {
        var parts = new List<string>();
        for (var type = symbol; type is not null; type = type.ContainingType)
        {
            parts.Insert(0, type.Name);
        }

        var space = symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty
            : symbol.ContainingNamespace.ToDisplayString() + ".";
        return space + string.Join("+", parts) + ".g.cs";
    }

    private static Location? IdArgumentLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax
        {
            ArgumentList.Arguments.Count: > 0,
        } syntax
            ? syntax.ArgumentList.Arguments[0].GetLocation()
            : null;

    private static Location? TypeArgumentLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { Name: var name }
            ? (name is QualifiedNameSyntax qualified ? qualified.Right : name) is GenericNameSyntax generic
                && generic.TypeArgumentList.Arguments.Count > 0
                ? generic.TypeArgumentList.Arguments[0].GetLocation()
                : name.GetLocation()
            : null;
}
