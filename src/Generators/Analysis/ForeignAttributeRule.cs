using System;
using System.Threading;
using EventSystem.Generators.Diagnostics;
using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Reports another library's or the user's own attribute named <c>RemoteEvent</c> that the generator, which reads
/// names without binding them, takes for ours and generates members for.
/// </summary>
internal static class ForeignAttributeRule
{
    private const string AttributeName = "RemoteEventAttribute";
    private const string AttributeSuffix = "Attribute";

    public static void Check(
        AttributeData attribute,
        INamedTypeSymbol symbol,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        if (attribute.AttributeClass is not { Name: AttributeName } type
            || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax
            {
                Parent.Parent: ClassDeclarationSyntax declaration,
            } syntax
            || GeneratedTrees.IsGenerated(syntax.SyntaxTree)
            || AttributeNames.FindRemoteEvent(declaration) != syntax
            || EventSyntaxParser.Parse(declaration, cancellationToken) is null)
        {
            return;
        }

        var qualified = type.ContainingSymbol.ToDisplayString() + "."
            + type.Name.Substring(0, type.Name.Length - AttributeSuffix.Length);
        var location = syntax.Name.GetLocation();
        report(Diagnostic.Create(
            DiagnosticCatalog.ForeignAttribute, location, type.ToDisplayString(), symbol.Name, qualified));
    }
}
