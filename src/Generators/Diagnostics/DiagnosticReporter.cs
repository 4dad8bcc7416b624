using EventSystem.Generators.Model;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Diagnostics;

/// <summary>Reports diagnostics that the pipeline carried as plain values.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
