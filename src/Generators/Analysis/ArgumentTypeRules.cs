using System;
using System.Linq;
using EventSystem.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Checks that System.Text.Json can write and read an event's argument type. Reports only what is certain: a
/// type with a custom converter, or one declared outside this compilation, is left to System.Text.Json.
/// </summary>
internal static class ArgumentTypeRules
{
    private const string JsonNamespace = "System.Text.Json.Serialization";

    public static void Check(
        ITypeSymbol argument, ITypeSymbol context, INamedTypeSymbol eventType, Location location,
        Action<Diagnostic> report)
    {
        if (argument.TypeKind == TypeKind.Error || context.TypeKind == TypeKind.Error)
        {
            return; // The compiler reports unknown types itself.
        }

        var eventName = eventType.Name;
        var argumentName = argument.ToDisplayString();
        if (TypeVisibility.IsPublic(eventType) && !TypeVisibility.IsPublic(argument))
        {
            report(Diagnostic.Create(DiagnosticCatalog.ArgumentLessAccessible, location, argumentName, eventName));
        }

        if (UsesTypeParameters(argument))
        {
            report(Diagnostic.Create(DiagnosticCatalog.OpenGenericArgument, location, argumentName, eventName));
        }
        else if (argument is INamedTypeSymbol named && IsInSource(named)
            && !HasAttribute(named, "JsonConverterAttribute"))
        {
            CheckCreatable(named, eventName, location, report);
        }

        if (IsInSource(context) && !ListsType(context, argument))
        {
            report(Diagnostic.Create(
                DiagnosticCatalog.ArgumentNotInJsonContext, location, context.Name, argumentName, eventName));
        }
    }

    private static void CheckCreatable(
        INamedTypeSymbol type, string eventName, Location location, Action<Diagnostic> report)
    {
        if (type.TypeKind == TypeKind.Interface || type.IsAbstract)
        {
            if (!HasAttribute(type, "JsonDerivedTypeAttribute"))
            {
                report(Diagnostic.Create(
                    DiagnosticCatalog.AbstractArgument, location, type.ToDisplayString(), eventName));
            }

            return;
        }

        if (type.TypeKind != TypeKind.Class || IsCollection(type))
        {
            return; // Structs always have a parameterless constructor; collections follow other rules.
        }

        var constructors = type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared || c.Parameters.Length == 0)
            .ToArray();
        var publicOnes = constructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToArray();
        var usable = publicOnes.Any(c => c.Parameters.Length == 0)
            || publicOnes.Length == 1
            || constructors.Any(c => c.GetAttributes().Any(a => IsJsonAttribute(a, "JsonConstructorAttribute")));
        if (!usable)
        {
            report(Diagnostic.Create(
                DiagnosticCatalog.NoUsableConstructor, location, type.ToDisplayString(), eventName));
        }
    }

    private static bool ListsType(ITypeSymbol context, ITypeSymbol argument) =>
        context.GetAttributes().Any(a => IsJsonAttribute(a, "JsonSerializableAttribute")
            && a.ConstructorArguments.Length == 1
            && SymbolEqualityComparer.Default.Equals(a.ConstructorArguments[0].Value as ITypeSymbol, argument));

    private static bool UsesTypeParameters(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => UsesTypeParameters(array.ElementType),
        INamedTypeSymbol named => named.IsUnboundGenericType || named.TypeArguments.Any(UsesTypeParameters),
        _ => false,
    };

    private static bool IsCollection(INamedTypeSymbol type) =>
        type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

    private static bool IsInSource(ITypeSymbol type) => type.Locations.Any(l => l.IsInSource);

    private static bool HasAttribute(INamedTypeSymbol type, string name) =>
        type.GetAttributes().Any(a => IsJsonAttribute(a, name));

    private static bool IsJsonAttribute(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } type && type.Name == name
        && type.ContainingNamespace.ToDisplayString() == JsonNamespace;
}
