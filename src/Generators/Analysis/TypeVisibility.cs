using System.Linq;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Tells whether a type is visible outside its assembly. Public generated methods of a public event cannot take a
/// type that is not, so that comparison is the one certain accessibility mistake.
/// </summary>
internal static class TypeVisibility
{
    public static bool IsPublic(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true, // Reported as an open generic argument instead.
        IArrayTypeSymbol array => IsPublic(array.ElementType),
        INamedTypeSymbol named => IsDeclaredPublic(named) && named.TypeArguments.All(IsPublic),
        _ => true,
    };

    private static bool IsDeclaredPublic(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}
