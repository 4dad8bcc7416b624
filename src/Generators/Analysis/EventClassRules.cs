using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EventSystem.Generators.Diagnostics;
using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Checks the shape of an event class: static, partial, not generic, and nested only in partial types. The generated
/// part declares the class and its containing types partial and never static, so only the user's own declarations
/// decide.
/// </summary>
internal static class EventClassRules
{
    public static void Check(
        INamedTypeSymbol symbol, Location nameLocation, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var name = symbol.Name;
        if (!symbol.IsStatic)
        {
            report(Diagnostic.Create(DiagnosticCatalog.NotStatic, nameLocation, name));
        }

        foreach (var declaration in UserDeclarationsLackingPartial(symbol, cancellationToken))
        {
            report(Diagnostic.Create(DiagnosticCatalog.NotPartial, declaration.Identifier.GetLocation(), name));
        }

        if (IsGeneric(symbol))
        {
            report(Diagnostic.Create(DiagnosticCatalog.Generic, nameLocation, name));
        }

        for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (UserDeclarationsLackingPartial(outer, cancellationToken).Any())
            {
                report(Diagnostic.Create(DiagnosticCatalog.ContainingTypeNotPartial, nameLocation, name, outer.Name));
            }
        }

        if (IsFileLocal(symbol, cancellationToken))
        {
            report(Diagnostic.Create(DiagnosticCatalog.FileLocal, nameLocation, name));
        }
    }

    private static bool IsFileLocal(INamedTypeSymbol symbol, CancellationToken cancellationToken)
    {
        for (var type = symbol; type is not null; type = type.ContainingType)
        {
            if (type.DeclaringSyntaxReferences
                .Select(reference => reference.GetSyntax(cancellationToken))
                .OfType<TypeDeclarationSyntax>()
                .Any(FileLocalTypes.IsFileLocal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<TypeDeclarationSyntax> UserDeclarationsLackingPartial(
        INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences
            .Where(reference => !GeneratedTrees.IsGenerated(reference.SyntaxTree))
            .Select(reference => reference.GetSyntax(cancellationToken))
            .OfType<TypeDeclarationSyntax>()
            .Where(declaration => !declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

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
}
