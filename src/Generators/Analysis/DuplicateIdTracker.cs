using System;
using System.Collections.Concurrent;
using System.Linq;
using EventSystem.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EventSystem.Generators.Analysis;

/// <summary>
/// Collects every event's GUID while symbols are analyzed, possibly concurrently, and reports the GUIDs that more
/// than one event uses once the whole compilation has been seen.
/// </summary>
internal sealed class DuplicateIdTracker
{
    private readonly ConcurrentBag<EventIdUse> uses = [];

    public void Add(EventIdUse use) => uses.Add(use);

    public void ReportDuplicates(Action<Diagnostic> report)
    {
        // Sorted so that which other event a message names does not depend on the order of analysis.
        var ordered = uses
            .OrderBy(use => use.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(use => use.Location.SourceSpan.Start)
            .ToArray();
        foreach (var sameId in ordered.GroupBy(use => use.Id).Where(group => group.Count() > 1))
        {
            foreach (var use in sameId)
            {
                var other = sameId.First(candidate => !ReferenceEquals(candidate, use));
                var id = use.Id.ToString("D");
                report(Diagnostic.Create(
                    DiagnosticCatalog.DuplicateId, use.Location, use.EventName, id, other.EventName));
            }
        }
    }
}
