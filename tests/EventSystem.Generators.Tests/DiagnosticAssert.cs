using System.Globalization;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Tests;

/// <summary>Checks a diagnostic's id, message and location against a <c>/*@*/</c> marker in the source.</summary>
internal static class DiagnosticAssert
{
    public const string Marker = "/*@*/";

    /// <summary>
    /// Checks id and message, and that the diagnostic starts right after the marker in
    /// <paramref name="source"/> (compiled as <paramref name="path"/>) and covers <paramref name="expectedText"/>.
    /// </summary>
    public static void Expect(
        Diagnostic diagnostic,
        string source,
        string id,
        string expectedText,
        string message,
        string path = "Source0.cs")
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal(source.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length, span.Start);
        Assert.Equal(expectedText, source.Substring(span.Start, span.Length));
    }
}
