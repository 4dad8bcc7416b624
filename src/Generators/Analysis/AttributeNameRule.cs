using System;
using EventSystem.Generators.Diagnostics;
using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Reports a remote event attribute written under a name the generator does not know: it finds events by the
/// attribute's name as written, without binding it, so an alias hides the event from it.
/// </summary>
internal static class AttributeNameRule
{
    public static void Check(
        AttributeSyntax syntax,
        INamedTypeSymbol attributeType,
        bool typed,
        string eventName,
        Action<Diagnostic> report)
    {
        if (AttributeNames.IsRecognized(syntax.Name, typed))
        {
            return;
        }

        var fix = typed
            ? $"RemoteEvent<{attributeType.TypeArguments[0].ToDisplayString()}, "
                + $"{attributeType.TypeArguments[1].ToDisplayString()}>"
            : "RemoteEvent";
        report(Diagnostic.Create(
            DiagnosticCatalog.AttributeUnderAlias, syntax.Name.GetLocation(), syntax.Name.ToString(), eventName, fix));
    }
}
