using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EventSystem.Generators.Parsing;

/// <summary>
/// The names the generated part declares. A user's method may overload a generated method; anything else of such
/// a name clashes. The generator writes nothing for a class whose own declaration clashes: the compiler reports a
/// duplicate member before it runs analyzers, so generated code would hide the analyzer's explanation (EVS0015).
/// </summary>
internal static class GeneratedMembers
{
    public static readonly HashSet<string> Fields = ["Id", "RaiserId", "eventSystemTypeInfo"];

    public static readonly HashSet<string> Methods =
        ["GetEvent", "Raise", "RaiseAsync", "RaiseLocally", "Subscribe", "SubscribeMissed"];

    public static bool Clashes(string name, bool isMethod) =>
        Fields.Contains(name) || (!isMethod && Methods.Contains(name));

    public static bool ClashWithAnyMember(TypeDeclarationSyntax declaration)
    {
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method when Clashes(method.Identifier.ValueText, isMethod: true):
                case PropertyDeclarationSyntax property when Clashes(property.Identifier.ValueText, false):
                case EventDeclarationSyntax @event when Clashes(@event.Identifier.ValueText, false):
                case BaseTypeDeclarationSyntax type when Clashes(type.Identifier.ValueText, false):
                case DelegateDeclarationSyntax @delegate when Clashes(@delegate.Identifier.ValueText, false):
                    return true;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (Clashes(variable.Identifier.ValueText, false))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }
}
