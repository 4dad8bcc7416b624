using System;
using System.Threading;
using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Analysis;

/// <summary>Runs every per-event check on one type that carries a remote event attribute.</summary>
internal static class RemoteEventTypeChecks
{
    public static void Check(
        INamedTypeSymbol symbol,
        RemoteEventAttributes attributes,
        DuplicateIdTracker ids,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        var shapeChecked = false;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!attributes.IsRemoteEvent(attribute))
            {
                ForeignAttributeRule.Check(attribute, symbol, report, cancellationToken);
                continue;
            }

            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax
                {
                    Parent.Parent: TypeDeclarationSyntax declaration,
                } syntax
                || GeneratedTrees.IsGenerated(syntax.SyntaxTree))
            {
                continue;
            }

            var nameLocation = declaration.Identifier.GetLocation();
            if (!shapeChecked)
            {
                EventClassRules.Check(symbol, nameLocation, report, cancellationToken);
                GeneratedMemberNames.Check(symbol, report);
                shapeChecked = true;
            }

            var attributeType = attribute.AttributeClass!;
            var typed = attributes.IsTyped(attributeType);
            AttributeNameRule.Check(syntax, attributeType, typed, symbol.Name, report);
            if (EventIdRules.Check(attribute, symbol, nameLocation, report, cancellationToken) is { } id)
            {
                ids.Add(id);
            }

            if (typed)
            {
                ArgumentTypeRules.Check(attributeType.TypeArguments[0], attributeType.TypeArguments[1], symbol,
                    FirstTypeArgumentLocation(syntax), report);
            }
        }
    }

    private static Location FirstTypeArgumentLocation(AttributeSyntax syntax) =>
        AttributeNames.RightmostName(syntax.Name) is GenericNameSyntax
        {
            TypeArgumentList.Arguments.Count: > 0,
        } generic
            ? generic.TypeArgumentList.Arguments[0].GetLocation()
            : syntax.Name.GetLocation();
}
