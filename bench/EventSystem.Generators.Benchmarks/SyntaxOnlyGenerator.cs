using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Benchmarks;

/// <summary>
/// A design we do not ship, measured for comparison: events found by syntax alone (attribute name as written,
/// no Compilation input), so an edit elsewhere re-runs nothing. It cannot resolve the attribute or the argument
/// types, so it could make none of the semantic checks.
/// </summary>
internal sealed class SyntaxOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.CreateSyntaxProvider(
            static (node, _) => node is ClassDeclarationSyntax { AttributeLists.Count: > 0 } declaration
                && declaration.AttributeLists.SelectMany(list => list.Attributes).Any(IsRemoteEvent),
            static (syntax, _) => ((ClassDeclarationSyntax)syntax.Node).Identifier.ValueText);
        context.RegisterSourceOutput(names, static (output, name) =>
            output.AddSource(name + ".g.cs", $"namespace Bench; static partial class {name} {{ }}"));
    }

    private static bool IsRemoteEvent(AttributeSyntax attribute) => attribute.Name switch
    {
        GenericNameSyntax generic => generic.Identifier.ValueText == "RemoteEvent",
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "RemoteEvent",
        _ => false,
    };
}
