using System.Collections.Concurrent;

namespace EventSystem.Runtime.Tests.Adversarial;

/// <summary>
/// What one node was told about an application's sequence numbers: each remote delivery and each gap report, so
/// that "delivered exactly once or reported missed, never both, never neither" can be checked number by number.
/// </summary>
internal sealed class Ledger
{
    private readonly ConcurrentQueue<long> delivered = new();
    private readonly ConcurrentQueue<(long First, long Last)> missed = new();

    public Ledger(EventSystemNode node, params Guid[] eventIds)
    {
        node.Missed += (_, e) => missed.Enqueue((e.FirstSequenceNumber, e.LastSequenceNumber));
        foreach (var id in eventIds)
        {
            node.Get(id).Raised += (_, e) =>
            {
                if (!e.IsLocal)
                {
                    delivered.Enqueue(e.SequenceNumber ?? -1);
                }
            };
        }
    }

    public int DeliveredCount => delivered.Count;

    public long MissedCount => missed.Sum(m => m.Last - m.First + 1);

    public IReadOnlyCollection<(long First, long Last)> MissedRanges => missed.ToArray();

    /// <summary>Numbers delivered more than once.</summary>
    public IReadOnlyList<long> Duplicates() =>
        delivered.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

    /// <summary>Numbers that were both delivered and reported missed.</summary>
    public IReadOnlyList<long> DeliveredAndMissed()
    {
        var ranges = missed.ToArray();
        return delivered.Where(n => ranges.Any(r => n >= r.First && n <= r.Last)).Distinct().Order().ToList();
    }

    /// <summary>Numbers in [first, last] that were neither delivered nor reported missed.</summary>
    public IReadOnlyList<long> Neither(long first, long last)
    {
        var seen = new HashSet<long>(delivered);
        var ranges = missed.ToArray();
        var result = new List<long>();
        for (var n = first; n <= last; n++)
        {
            if (!seen.Contains(n) && !ranges.Any(r => n >= r.First && n <= r.Last))
            {
                result.Add(n);
            }
        }

        return result;
    }

    public string Describe() =>
        $"delivered {delivered.Count}, missed {MissedCount} in {missed.Count} report(s): "
        + string.Join(", ", missed.Take(10).Select(r => $"#{r.First}..#{r.Last}"));
}
