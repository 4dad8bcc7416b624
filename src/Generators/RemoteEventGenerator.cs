using EventSystem.Generators.Emit;
using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators;

/// <summary>
/// Generates the strongly typed members of every class marked with <c>[RemoteEvent]</c> or
/// <c>[RemoteEvent&lt;TArgs, TJsonContext&gt;]</c>. Works from syntax only, so that an edit in another file
/// re-runs nothing but a cheap look at each event's declaration; <c>RemoteEventAnalyzer</c> reports mistakes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RemoteEventGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var events = context.SyntaxProvider
            .CreateSyntaxProvider(EventSyntaxParser.IsCandidate, EventSyntaxParser.Parse)
            .WithTrackingName(TrackingNames.Events);
        var buckets = events.Collect()
            .SelectMany(EventFiles.Group)
            .WithTrackingName(TrackingNames.Buckets);
        context.RegisterSourceOutput(buckets, EventSourceEmitter.AddFiles);
    }
}
