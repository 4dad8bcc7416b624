using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EventSystem.Generators.Model;

/// <summary>A source location held as plain values, so that models never keep a syntax tree alive.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location) =>
        location is { SourceTree: not null }
            ? new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span)
            : null;

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
