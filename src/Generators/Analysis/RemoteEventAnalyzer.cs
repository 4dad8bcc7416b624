using System.Collections.Immutable;
using EventSystem.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
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
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
        context.RegisterCompilationEndAction(endContext => ids.ReportDuplicates(endContext.ReportDiagnostic));
    }
}
