namespace EventSystem.Sequencing;

/// <summary>
/// Turns the sequence numbers of one counter epoch into "delivered" or "missed". Numbers may arrive in any order;
/// a number that is known to exist (a later one arrived, or the counter says so) but has not arrived within the
/// wait is reported missed once. Not thread-safe: the owner serialises calls.
/// </summary>
internal sealed class GapTracker
{
    /// <summary>
    /// How many numbers at or below the baseline may still arrive after a start (subscribe-then-read race).
    /// </summary>
    private const int StartupWindow = 4096;

    private readonly TimeSpan wait;
    private readonly int maxHeld;
    private readonly long maxJump;
    private readonly SortedSet<long> held = [];
    private readonly Queue<(long UpTo, DateTimeOffset KnownAt)> marks = new();
    private readonly HashSet<long> earlyArrivals = [];

    public GapTracker(long baseline, TimeSpan wait, int maxHeld, long maxJump)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baseline);
        Baseline = Contiguous = Highest = baseline;
        this.wait = wait;
        this.maxHeld = maxHeld;
        this.maxJump = maxJump;
    }

    /// <summary>Numbers at or below this existed before tracking began and are never reported missed.</summary>
    public long Baseline { get; }

    /// <summary>Every number at or below this has been delivered or reported missed.</summary>
    public long Contiguous { get; private set; }

    /// <summary>The highest number known to exist.</summary>
    public long Highest { get; private set; }

    /// <summary>Numbers that arrived ahead of a gap and wait for it to fill.</summary>
    public int HeldCount => held.Count;

    /// <summary>
    /// Records a received number. Gaps forced shut by the held limit are added to <paramref name="missed"/>.
    /// </summary>
    public SequenceVerdict Observe(long number, DateTimeOffset now, List<SequenceRange> missed)
    {
        if (number <= Contiguous)
        {
            var early = number <= Baseline && number > Baseline - StartupWindow && earlyArrivals.Count < StartupWindow;
            return early && earlyArrivals.Add(number) ? SequenceVerdict.New : SequenceVerdict.DuplicateOrLate;
        }

        if (number == Contiguous + 1 && held.Count == 0)
        {
            // The usual case, in order with nothing pending: no set or timing bookkeeping needed.
            Contiguous = number;
            Highest = Math.Max(Highest, number);
            DropSettledMarks();
            return SequenceVerdict.New;
        }

        if (number > Highest + maxJump)
        {
            return SequenceVerdict.Implausible;
        }

        // Even a number already marked as this node's own reveals, in stream order, that those below it exist.
        var added = held.Add(number);
        Extend(number, now);
        Advance();
        while (held.Count > maxHeld)
        {
            var lowest = held.Min;
            Report(lowest - 1, missed);
        }

        return added ? SequenceVerdict.New : SequenceVerdict.DuplicateOrLate;
    }

    /// <summary>
    /// Records a number this node published itself, known from the raise's own receipt. It counts as received, but
    /// unlike a number arriving on the subscription it says nothing about when the numbers below it were sent, so it
    /// starts no wait: a receipt can come back long before a busy subscription catches up.
    /// </summary>
    public void MarkOwn(long number)
    {
        if (number > Contiguous)
        {
            held.Add(number);
            Advance();
        }
    }

    /// <summary>
    /// Records that the counter has reached <paramref name="counter"/>, so every number up to it exists.
    /// </summary>
    public void ExpectThrough(long counter, DateTimeOffset now) => Extend(counter, now);

    /// <summary>Reports every number that has been known to exist for longer than the wait without arriving.</summary>
    public void TakeExpired(DateTimeOffset now, List<SequenceRange> missed)
    {
        var expiredThrough = Contiguous;
        foreach (var (upTo, knownAt) in marks)
        {
            if (now - knownAt < wait)
            {
                break;
            }

            expiredThrough = Math.Max(expiredThrough, upTo);
        }

        if (expiredThrough > Contiguous)
        {
            Report(expiredThrough, missed);
        }
    }

    private void Extend(long upTo, DateTimeOffset now)
    {
        if (upTo > Highest)
        {
            Highest = upTo;
            marks.Enqueue((upTo, now));
        }
    }

    /// <summary>
    /// Closes every gap up to <paramref name="through"/>, adding the numbers that never came to the list.
    /// </summary>
    private void Report(long through, List<SequenceRange> missed)
    {
        var next = Contiguous + 1;
        foreach (var number in held.GetViewBetween(next, through))
        {
            if (number > next)
            {
                missed.Add(new SequenceRange(next, number - 1));
            }

            next = number + 1;
        }

        if (next <= through)
        {
            missed.Add(new SequenceRange(next, through));
        }

        held.RemoveWhere(n => n <= through);
        Contiguous = through;
        Advance();
    }

    private void Advance()
    {
        while (held.Count > 0 && held.Min == Contiguous + 1)
        {
            held.Remove(Contiguous + 1);
            Contiguous++;
        }

        Highest = Math.Max(Highest, Contiguous);

        DropSettledMarks();
    }

    private void DropSettledMarks()
    {
        while (marks.Count > 0 && marks.Peek().UpTo <= Contiguous)
        {
            marks.Dequeue();
        }
    }
}
