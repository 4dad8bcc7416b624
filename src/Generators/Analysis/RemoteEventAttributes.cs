using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Analysis;

/// <summary>The two remote event attribute types of one compilation, and how to recognize them.</summary>
internal sealed class RemoteEventAttributes
{
    public const string PlainMetadataName = "EventSystem.RemoteEventAttribute";
    public const string TypedMetadataName = "EventSystem.RemoteEventAttribute`2";

    private RemoteEventAttributes(INamedTypeSymbol? plain, INamedTypeSymbol? typed)
    {
        Plain = plain;
        Typed = typed;
    }

    public INamedTypeSymbol? Plain { get; }

    public INamedTypeSymbol? Typed { get; }

    /// <summary>Returns null when the compilation does not reference EventSystem: nothing to check then.</summary>
    public static RemoteEventAttributes? Find(Compilation compilation)
    {
        var plain = compilation.GetTypeByMetadataName(PlainMetadataName);
        var typed = compilation.GetTypeByMetadataName(TypedMetadataName);
        return plain is null && typed is null ? null : new RemoteEventAttributes(plain, typed);
    }

    public bool IsRemoteEvent(AttributeData attribute) =>
        attribute.AttributeClass is { } type
        && (SymbolEqualityComparer.Default.Equals(type, Plain) || IsTyped(type));

    public bool IsTyped(INamedTypeSymbol type) =>
        type.IsGenericType && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, Typed);
}
