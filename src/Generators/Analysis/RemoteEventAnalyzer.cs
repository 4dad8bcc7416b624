using System.Collections.Immutable;
using EventSystem.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Reports every mistake in a remote event declaration. The generator only reads syntax, so that it stays cheap
/// while typing; the checks that need symbols live here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RemoteEventAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticCatalog.Descriptors;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        // Not None: the generated part of an event class carries [GeneratedCode], and with None Roslyn would then
        // skip the whole class and drop diagnostics on the user's part. Generated trees are skipped by hand instead.
        context.ConfigureGeneratedCodeAnalysis(
            GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (RemoteEventAttributes.Find(context.Compilation) is not { } attributes)
        {
            return;
        }

        var ids = new DuplicateIdTracker();
        context.RegisterSymbolAction(
            symbolContext => RemoteEventTypeChecks.Check(
                (INamedTypeSymbol)symbolContext.Symbol,
                attributes,
                ids,
                symbolContext.ReportDiagnostic,
                symbolContext.CancellationToken),
            SymbolKind.NamedType);
        context.RegisterSyntaxNodeAction(
            nodeContext => TypeArgumentScopeRule.Check(nodeContext, attributes), SyntaxKind.Attribute);
        context.RegisterCompilationEndAction(endContext => ids.ReportDuplicates(endContext.ReportDiagnostic));
    }
}
