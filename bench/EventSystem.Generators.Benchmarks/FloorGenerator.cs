using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Benchmarks;

/// <summary>
/// The same attribute lookup with a transform that does nothing: the cost the compiler's own attribute matching
/// sets as a floor for any generator built on ForAttributeWithMetadataName.
/// </summary>
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var plain = context.SyntaxProvider.ForAttributeWithMetadataName(
            "EventSystem.RemoteEventAttribute", static (_, _) => true, static (c, _) => c.TargetSymbol.Name.Length);
        var typed = context.SyntaxProvider.ForAttributeWithMetadataName(
            "EventSystem.RemoteEventAttribute`2", static (_, _) => true, static (c, _) => c.TargetSymbol.Name.Length);
        context.RegisterSourceOutput(plain.Collect().Combine(typed.Collect()), static (_, _) => { });
    }
}
