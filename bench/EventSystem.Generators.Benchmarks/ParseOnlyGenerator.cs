using EventSystem.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Benchmarks;

/// <summary>The generator's attribute lookups and parser with nothing downstream.</summary>
internal sealed class ParseOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var plain = context.SyntaxProvider.ForAttributeWithMetadataName(
            RemoteEventParser.PlainAttributeName, RemoteEventParser.IsCandidate, RemoteEventParser.Parse);
        var typed = context.SyntaxProvider.ForAttributeWithMetadataName(
            RemoteEventParser.TypedAttributeName, RemoteEventParser.IsCandidate, RemoteEventParser.Parse);
        context.RegisterSourceOutput(plain.Collect().Combine(typed.Collect()), static (_, _) => { });
    }
}
