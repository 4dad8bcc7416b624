using EventSystem.Sequencing;

namespace EventSystem.Runtime.Tests.Sequencing;

public sealed class GapTrackerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<SequenceRange> missed = [];

    private static GapTracker Tracker(long baseline = 0, int maxHeld = 100) => new(baseline, Wait, maxHeld, 1_000_000);

    [Fact]
    public void In_order_numbers_leave_nothing_open()
    {
        var tracker = Tracker();
        for (var n = 1; n <= 50; n++)
        {
            Assert.Equal(SequenceVerdict.New, tracker.Observe(n, T0, missed));
        }

        tracker.TakeExpired(T0 + TimeSpan.FromHours(1), missed);
        Assert.Empty(missed);
        Assert.Equal(50, tracker.Contiguous);
        Assert.Equal(0, tracker.HeldCount);
    }

    [Fact]
    public void A_gap_that_fills_within_the_wait_is_not_reported()
    {
        var tracker = Tracker();
        tracker.Observe(1, T0, missed);
        tracker.Observe(3, T0, missed);
        Assert.Equal(1, tracker.HeldCount);
        Assert.Equal(SequenceVerdict.New, tracker.Observe(2, T0 + TimeSpan.FromSeconds(1), missed));
        tracker.TakeExpired(T0 + TimeSpan.FromHours(1), missed);
        Assert.Empty(missed);
        Assert.Equal(3, tracker.Contiguous);
    }

    [Fact]
    public void A_gap_open_past_the_wait_is_reported_once_as_a_range()
    {
        var tracker = Tracker();
        tracker.Observe(1, T0, missed);
        tracker.Observe(5, T0, missed);
        tracker.TakeExpired(T0 + Wait - TimeSpan.FromMilliseconds(1), missed);
        Assert.Empty(missed);

        tracker.TakeExpired(T0 + Wait, missed);
        Assert.Equal([new SequenceRange(2, 4)], missed);
        tracker.TakeExpired(T0 + Wait + Wait, missed);
        Assert.Single(missed);
        Assert.Equal(5, tracker.Contiguous);
    }

    [Fact]
    public void Separate_holes_are_reported_as_separate_ranges()
    {
        var tracker = Tracker();
        foreach (var n in new long[] { 1, 3, 6, 7, 10 })
        {
            tracker.Observe(n, T0, missed);
        }

        tracker.TakeExpired(T0 + Wait, missed);
        Assert.Equal([new SequenceRange(2, 2), new SequenceRange(4, 5), new SequenceRange(8, 9)], missed);
    }

    [Fact]
    public void Each_gap_gets_its_own_wait()
    {
        var tracker = Tracker();
        tracker.Observe(2, T0, missed);
        tracker.Observe(4, T0 + TimeSpan.FromSeconds(1), missed);
        tracker.TakeExpired(T0 + Wait, missed);
        Assert.Equal([new SequenceRange(1, 1)], missed);
        tracker.TakeExpired(T0 + TimeSpan.FromSeconds(3), missed);
        Assert.Equal([new SequenceRange(1, 1), new SequenceRange(3, 3)], missed);
    }

    [Fact]
    public void A_duplicate_and_a_late_arrival_after_the_report_are_refused()
    {
        var tracker = Tracker();
        tracker.Observe(1, T0, missed);
        Assert.Equal(SequenceVerdict.DuplicateOrLate, tracker.Observe(1, T0, missed));
        tracker.Observe(3, T0, missed);
        Assert.Equal(SequenceVerdict.DuplicateOrLate, tracker.Observe(3, T0, missed));
        tracker.TakeExpired(T0 + Wait, missed);
        Assert.Equal(SequenceVerdict.DuplicateOrLate, tracker.Observe(2, T0 + Wait, missed));
    }

    [Fact]
    public void A_counter_ahead_of_what_arrived_becomes_a_gap_after_the_wait()
    {
        var tracker = Tracker(baseline: 10);
        tracker.Observe(11, T0, missed);
        tracker.ExpectThrough(14, T0 + TimeSpan.FromSeconds(1));
        tracker.TakeExpired(T0 + Wait, missed);
        Assert.Empty(missed);
        tracker.TakeExpired(T0 + TimeSpan.FromSeconds(3), missed);
        Assert.Equal([new SequenceRange(12, 14)], missed);
    }

    [Fact]
    public void Numbers_from_before_the_baseline_are_never_reported()
    {
        var tracker = Tracker(baseline: 100);
        tracker.Observe(101, T0, missed);
        tracker.TakeExpired(T0 + TimeSpan.FromHours(1), missed);
        Assert.Empty(missed);
    }

    [Fact]
    public void A_number_just_below_the_baseline_is_delivered_once()
    {
        // Published after the subscription began but before the counter was read.
        var tracker = Tracker(baseline: 100);
        Assert.Equal(SequenceVerdict.New, tracker.Observe(99, T0, missed));
        Assert.Equal(SequenceVerdict.DuplicateOrLate, tracker.Observe(99, T0, missed));
    }

    [Fact]
    public void Too_many_held_numbers_force_the_oldest_gap_shut()
    {
        var tracker = Tracker(maxHeld: 3);
        foreach (var n in new long[] { 2, 3, 4 })
        {
            tracker.Observe(n, T0, missed);
        }

        Assert.Empty(missed);
        tracker.Observe(6, T0, missed);
        Assert.Equal([new SequenceRange(1, 1)], missed);
        Assert.Equal(4, tracker.Contiguous);
        Assert.Equal(1, tracker.HeldCount);
    }

    [Fact]
    public void A_number_far_beyond_anything_known_is_implausible()
    {
        var tracker = new GapTracker(0, Wait, 100, maxJump: 1000);
        Assert.Equal(SequenceVerdict.Implausible, tracker.Observe(5000, T0, missed));
        Assert.Equal(0, tracker.Highest);
        tracker.ExpectThrough(4999, T0);
        Assert.Equal(SequenceVerdict.New, tracker.Observe(5000, T0, missed));
    }

    [Fact]
    public void Shuffled_arrivals_deliver_every_number_exactly_once()
    {
        var tracker = Tracker(maxHeld: 10_000);
        var numbers = Enumerable.Range(1, 2000).Select(n => (long)n).ToArray();
        new Random(7).Shuffle(numbers);
        var delivered = numbers.Count(n => tracker.Observe(n, T0, missed) == SequenceVerdict.New);
        tracker.TakeExpired(T0 + Wait, missed);
        Assert.Equal(2000, delivered);
        Assert.Empty(missed);
        Assert.Equal(2000, tracker.Contiguous);
    }

    [Fact]
    public void Own_numbers_are_never_reported_and_start_no_wait()
    {
        var tracker = Tracker();
        tracker.Observe(1, T0, missed);
        tracker.MarkOwn(3);
        tracker.TakeExpired(T0 + TimeSpan.FromHours(1), missed);
        Assert.Empty(missed);

        // The counter (or the echo on the subscription) then shows that 2 exists; only 2 is ever reported.
        tracker.ExpectThrough(3, T0 + TimeSpan.FromHours(1));
        tracker.TakeExpired(T0 + TimeSpan.FromHours(1) + Wait, missed);
        Assert.Equal([new SequenceRange(2, 2)], missed);
        Assert.Equal(3, tracker.Contiguous);
    }

    [Fact]
    public void The_echo_of_an_own_number_is_a_duplicate_that_still_reveals_the_numbers_below()
    {
        var tracker = Tracker();
        tracker.MarkOwn(2);
        Assert.Equal(SequenceVerdict.DuplicateOrLate, tracker.Observe(2, T0, missed));
        tracker.TakeExpired(T0 + Wait, missed);
        Assert.Equal([new SequenceRange(1, 1)], missed);
    }
}
