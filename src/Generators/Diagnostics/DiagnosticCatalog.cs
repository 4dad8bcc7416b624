using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Diagnostics;

/// <summary>Every diagnostic about remote events. IDs are stable and never reused.</summary>
internal static class DiagnosticCatalog
{
    private const string Category = "EventSystem";

    private static readonly string[] CompilationEndTag = ["CompilationEnd"];

    public static readonly DiagnosticDescriptor NotStatic = Error(
        "EVS0001",
        "Remote event class must be static",
        "Remote event class '{0}' must be static: declare it as 'static partial class {0}'");

    public static readonly DiagnosticDescriptor NotPartial = Error(
        "EVS0002",
        "Remote event class must be partial",
        "Remote event class '{0}' must be partial so that its members can be generated: declare it as "
        + "'static partial class {0}'");

    public static readonly DiagnosticDescriptor InvalidId = Error(
        "EVS0003",
        "Remote event id is not a GUID",
        "'{0}' is not a GUID: write the event id as 32 hexadecimal digits, for example "
        + "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\" (generate one with uuidgen or Guid.NewGuid())");

    public static readonly DiagnosticDescriptor EmptyId = Error(
        "EVS0004",
        "Remote event id is the empty GUID",
        "Remote event '{0}' uses the empty GUID, which no event may use: give it a new GUID of its own "
        + "(generate one with uuidgen or Guid.NewGuid())");

    // Found only once every event of the compilation is known, hence the compilation-end tag.
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "EVS0005",
        "Two remote events share a GUID",
        "Remote event '{0}' uses the GUID {1}, which '{2}' uses too: give each event a GUID of its own",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        customTags: CompilationEndTag);

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        "EVS0006",
        "Remote event is nested in a type that is not partial",
        "Remote event '{0}' is nested in '{1}', which is not partial: declare '{1}' as partial, or move the event "
        + "out of it");

    public static readonly DiagnosticDescriptor Generic = Error(
        "EVS0007",
        "Remote event class must not be generic",
        "Remote event '{0}' is generic or nested in a generic type, but one event has one GUID: remove the type "
        + "parameters and put the variable part into the argument type");

    public static readonly DiagnosticDescriptor OpenGenericArgument = Error(
        "EVS0008",
        "Remote event argument type is open generic",
        "The argument type '{0}' of remote event '{1}' uses type parameters, which cannot be serialized: use a "
        + "closed type such as 'List<int>'");

    public static readonly DiagnosticDescriptor AbstractArgument = Error(
        "EVS0009",
        "Remote event argument type cannot be created",
        "The argument type '{0}' of remote event '{1}' is an interface or abstract class without derived types, so "
        + "receivers cannot create it: use a concrete type, or list the derived types with [JsonDerivedType]");

    public static readonly DiagnosticDescriptor NoUsableConstructor = Error(
        "EVS0010",
        "Remote event argument type has no usable constructor",
        "The argument type '{0}' of remote event '{1}' has no constructor System.Text.Json can call: add a public "
        + "parameterless constructor, keep exactly one public constructor, or mark one with [JsonConstructor]");

    public static readonly DiagnosticDescriptor ArgumentNotInJsonContext = new(
        "EVS0011",
        "Remote event argument type is not listed on its JSON context",
        "'{0}' does not list '{1}', the argument type of remote event '{2}': add [JsonSerializable(typeof({1}))] to "
        + "'{0}'",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AttributeUnderAlias = Error(
        "EVS0012",
        "Remote event attribute is used under another name",
        "The attribute '{0}' on remote event '{1}' is [RemoteEvent] under another name, which the source generator "
        + "does not recognize: write [{2}(...)] instead");

    public static readonly DiagnosticDescriptor ArgumentLessAccessible = Error(
        "EVS0013",
        "Remote event argument type is less accessible than the event",
        "The argument type '{0}' is less accessible than remote event '{1}', whose generated methods take it: make "
        + "'{0}' public, or make '{1}' internal");

    public static readonly DiagnosticDescriptor FileLocal = Error(
        "EVS0014",
        "Remote event must not be file-local",
        "Remote event '{0}' is file-local or nested in a file-local type, so its members cannot be generated in "
        + "another file: remove the 'file' modifier");

    public static readonly DiagnosticDescriptor MemberNameTaken = Error(
        "EVS0015",
        "Remote event member uses a generated member's name",
        "Remote event '{0}' declares '{1}', a name its generated members use: rename '{1}'");

    public static readonly DiagnosticDescriptor ForeignAttribute = Error(
        "EVS0016",
        "Another attribute named RemoteEvent is taken for EventSystem's",
        "'{0}' is not EventSystem's [RemoteEvent], but the source generator recognizes remote events by name and "
        + "generates members for '{1}': qualify the attribute, for example [{2}(...)]");

    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        NotStatic, NotPartial, InvalidId, EmptyId, DuplicateId, ContainingTypeNotPartial, Generic,
        OpenGenericArgument, AbstractArgument, NoUsableConstructor, ArgumentNotInJsonContext, AttributeUnderAlias,
        ArgumentLessAccessible, FileLocal, MemberNameTaken, ForeignAttribute);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
