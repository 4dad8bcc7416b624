using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EventSystem.Generators.Model;

namespace EventSystem.Generators.Diagnostics;

/// <summary>Finds GUIDs that more than one event of the compilation uses.</summary>
internal static class DuplicateIdFinder
{
    public static EquatableArray<DiagnosticInfo> Find(
        (ImmutableArray<IdUse?> Plain, ImmutableArray<IdUse?> Typed) uses, CancellationToken cancellationToken)
    {
        var all = uses.Plain.Concat(uses.Typed).OfType<IdUse>().ToArray();
        var found = from use in all
                    group use by use.Id into sameId
                    where sameId.Count() > 1
                    from use in sameId
                    let other = sameId.First(o => !ReferenceEquals(o, use)).EventName
                    select new DiagnosticInfo(
                        DiagnosticCatalog.DuplicateId.Id,
                        use.Location,
                        new EquatableArray<string>([use.EventName, use.Id, other]));
        return new EquatableArray<DiagnosticInfo>(found);
    }
}
