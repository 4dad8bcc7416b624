using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Model;

/// <summary>A diagnostic to report, held as plain values until the generator's output step.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(
        DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        new(descriptor.Id, LocationInfo.From(location), new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Diagnostics.DiagnosticCatalog.ById(Id),
        Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
        Arguments.Cast<object>().ToArray());
}
