using EventSystem.Transport;

namespace EventSystem.Tool.Monitoring;

/// <summary>
/// Follows the application's sequence numbers as an observer: unlike a node it does not wait for a gap to fill,
/// it reports the skip at once and flags a later arrival into it as late.
/// </summary>
internal sealed class SequenceWatch
{
    private long? epoch;
    private long highest;
    private long baseline;

    /// <summary>
    /// Starts from the counter read just after subscribing; numbers up to it were in flight at start and are not
    /// flagged as late.
    /// </summary>
    public SequenceWatch(long? startEpoch, long startValue)
    {
        epoch = startEpoch;
        highest = startValue;
        baseline = startValue;
    }

    public SequenceWatch(CounterSnapshot start)
        : this(start.Epoch, start.Value)
    {
    }

    public long? Epoch => epoch;

    public long Highest => highest;

    public long MissingTotal { get; private set; }

    public SequenceNote Observe(long messageEpoch, long first, long last)
    {
        var previous = epoch;
        var changed = epoch is not null && epoch != messageEpoch;
        if (epoch != messageEpoch)
        {
            // A new epoch means the counter was reset: numbers start again at 1.
            if (changed || highest != 0)
            {
                highest = 0;
                baseline = 0;
            }

            epoch = messageEpoch;
        }

        long gapFrom = 0, gapTo = -1;
        var late = false;
        if (first > highest + 1)
        {
            gapFrom = highest + 1;
            gapTo = first - 1;
            MissingTotal += gapTo - gapFrom + 1;
        }
        else if (first <= highest && last > baseline)
        {
            late = true;
        }

        highest = Math.Max(highest, last);
        return new SequenceNote(previous, changed, gapFrom, gapTo, late);
    }
}
