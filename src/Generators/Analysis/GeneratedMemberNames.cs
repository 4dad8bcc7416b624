using System;
using EventSystem.Generators.Diagnostics;
using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Reports a member of an event class whose name the generated part takes, which would otherwise surface as
/// errors inside generated code. A user method may overload a generated method; anything else of that name clashes.
/// </summary>
internal static class GeneratedMemberNames
{
    public static void Check(INamedTypeSymbol symbol, Action<Diagnostic> report)
    {
        foreach (var member in symbol.GetMembers())
        {
            if (member.IsImplicitlyDeclared || !IsUserWritten(member))
            {
                continue;
            }

            if (GeneratedMembers.Clashes(member.Name, member.Kind == SymbolKind.Method))
            {
                report(Diagnostic.Create(
                    DiagnosticCatalog.MemberNameTaken, member.Locations[0], symbol.Name, member.Name));
            }
        }
    }

    private static bool IsUserWritten(ISymbol member)
    {
        foreach (var location in member.Locations)
        {
            if (location.SourceTree is { } tree && !GeneratedTrees.IsGenerated(tree))
            {
                return true;
            }
        }

        return false;
    }
}
