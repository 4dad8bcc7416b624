using System;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Tells the user's own source from the generator's output, which declares the event class and its containing
/// types as partial itself, so that only what the user wrote is judged.
/// </summary>
internal static class GeneratedTrees
{
    private const string GeneratedSuffix = ".g.cs";

    public static bool IsGenerated(SyntaxTree tree) =>
        tree.FilePath.EndsWith(GeneratedSuffix, StringComparison.OrdinalIgnoreCase)
        || tree.FilePath.IndexOf(typeof(RemoteEventGenerator).FullName, StringComparison.Ordinal) >= 0;
}
