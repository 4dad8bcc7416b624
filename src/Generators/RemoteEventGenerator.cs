using EventSystem.Generators.Diagnostics;
using EventSystem.Generators.Emit;
using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators;

/// <summary>
/// Generates the strongly typed members of every class marked with <c>[RemoteEvent]</c> or
/// <c>[RemoteEvent&lt;TArgs, TJsonContext&gt;]</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RemoteEventGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var plain = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                RemoteEventParser.PlainAttributeName, RemoteEventParser.IsCandidate, RemoteEventParser.Parse)
            .WithTrackingName(TrackingNames.PlainEvents);
        var typed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                RemoteEventParser.TypedAttributeName, RemoteEventParser.IsCandidate, RemoteEventParser.Parse)
            .WithTrackingName(TrackingNames.TypedEvents);

        var models = plain.Select(static (result, _) => result.Event)
            .Where(static model => model is not null)
            .WithTrackingName(TrackingNames.Models);
        var typedModels = typed.Select(static (result, _) => result.Event)
            .Where(static model => model is not null)
            .WithTrackingName(TrackingNames.Models);
        context.RegisterSourceOutput(models, static (output, model) =>
            output.AddSource(model!.HintName, EventSourceEmitter.Emit(model)));
        context.RegisterSourceOutput(typedModels, static (output, model) =>
            output.AddSource(model!.HintName, EventSourceEmitter.Emit(model)));

        var diagnostics = plain.Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        var typedDiagnostics = typed.Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, DiagnosticReporter.Report);
        context.RegisterSourceOutput(typedDiagnostics, DiagnosticReporter.Report);

        var idUses = plain.Select(static (result, _) => result.IdUse).Collect()
            .Combine(typed.Select(static (result, _) => result.IdUse).Collect())
            .WithTrackingName(TrackingNames.IdUses);
        var duplicates = idUses.Select(DuplicateIdFinder.Find).WithTrackingName(TrackingNames.DuplicateIds);
        context.RegisterSourceOutput(duplicates, DiagnosticReporter.Report);
    }
}
