using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Parsing;

/// <summary>
/// Recognizes the <c>file</c> modifier by its text: the pinned Roslyn predates file-local types, while the
/// compiler that runs the generator knows them.
/// </summary>
internal static class FileLocalTypes
{
    private const string FileModifier = "file";

    public static bool IsFileLocal(TypeDeclarationSyntax declaration)
    {
        foreach (var modifier in declaration.Modifiers)
        {
            if (modifier.ValueText == FileModifier)
            {
                return true;
            }
        }

        return false;
    }
}
