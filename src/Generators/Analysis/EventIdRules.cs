using System;
using System.Threading;
using EventSystem.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Analysis;

/// <summary>Checks the GUID that an event's attribute gives, literal or constant.</summary>
internal static class EventIdRules
{
    /// <summary>Returns the GUID when it is valid, or null after reporting why it is not.</summary>
    public static EventIdUse? Check(
        AttributeData attribute,
        INamedTypeSymbol symbol,
        Location nameLocation,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        if (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return null; // The compiler already reports the missing or non-constant argument.
        }

        var location = IdArgumentLocation(attribute, cancellationToken) ?? nameLocation;
        var text = attribute.ConstructorArguments[0].Value as string;
        if (!Guid.TryParse(text, out var id))
        {
            report(Diagnostic.Create(DiagnosticCatalog.InvalidId, location, text ?? "null"));
            return null;
        }

        if (id == Guid.Empty)
        {
            report(Diagnostic.Create(DiagnosticCatalog.EmptyId, location, symbol.Name));
            return null;
        }

        return new EventIdUse(id, symbol.ToDisplayString(), location);
    }

    private static Location? IdArgumentLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax
        {
            ArgumentList.Arguments.Count: > 0,
        } syntax
            ? syntax.ArgumentList.Arguments[0].GetLocation()
            : null;
}
