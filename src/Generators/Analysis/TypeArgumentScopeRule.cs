using EventSystem.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Reports a type argument of <c>[RemoteEvent&lt;TArgs, TJsonContext&gt;]</c> whose text means another type inside
/// the event class: the generator copies that text into the class, where a nested type of the same name wins.
/// </summary>
internal static class TypeArgumentScopeRule
{
    public static void Check(SyntaxNodeAnalysisContext context, RemoteEventAttributes attributes)
    {
        var syntax = (AttributeSyntax)context.Node;
        if (attributes.Typed is null
            || AttributeNames.Rightmost(syntax.Name) is not GenericNameSyntax
            {
                TypeArgumentList.Arguments.Count: 2,
            } generic
            || syntax.Parent?.Parent is not TypeDeclarationSyntax declaration
            || declaration.OpenBraceToken.Span.IsEmpty
            || GeneratedTrees.IsGenerated(syntax.SyntaxTree)
            || context.SemanticModel.GetTypeInfo(syntax, context.CancellationToken).Type is not INamedTypeSymbol type
            || !attributes.IsTyped(type))
        {
            return;
        }

        var insideClass = declaration.OpenBraceToken.Span.End;
        for (var i = 0; i < 2; i++)
        {
            var written = generic.TypeArgumentList.Arguments[i];
            var meant = type.TypeArguments[i];
            var inside = context.SemanticModel.GetSpeculativeTypeInfo(
                insideClass, written, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
            if (meant.TypeKind == TypeKind.Error || SymbolEqualityComparer.Default.Equals(inside, meant))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticCatalog.TypeArgumentHiddenInEvent,
                written.GetLocation(),
                written.ToString(),
                declaration.Identifier.ValueText,
                inside?.ToDisplayString() ?? written.ToString(),
                meant.ToDisplayString(),
                meant.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
        }
    }
}
