using EventSystem.Tool.Monitoring;

namespace EventSystem.Tool.Tests;

public sealed class SequenceWatchTests
{
    [Fact]
    public void Numbers_in_flight_when_the_monitor_started_are_not_flagged()
    {
        var watch = new SequenceWatch(7, 10);

        var note = watch.Observe(7, 9, 9);

        Assert.False(note.LateOrDuplicate);
        Assert.False(note.HasGap);
    }

    [Fact]
    public void A_skip_is_a_gap_and_a_later_arrival_into_it_is_late()
    {
        var watch = new SequenceWatch(7, 10);

        var skip = watch.Observe(7, 14, 15);
        var late = watch.Observe(7, 12, 12);

        Assert.Equal((11L, 13L, 3L), (skip.GapFrom, skip.GapTo, skip.GapCount));
        Assert.True(late.LateOrDuplicate);
        Assert.Equal(3, watch.MissingTotal);
        Assert.Equal(15, watch.Highest);
    }

    [Fact]
    public void A_new_epoch_restarts_the_numbers_at_one()
    {
        var watch = new SequenceWatch(7, 10);

        var reset = watch.Observe(8, 1, 1);
        var next = watch.Observe(8, 3, 3);

        Assert.True(reset.EpochChanged);
        Assert.Equal(7, reset.PreviousEpoch);
        Assert.False(reset.HasGap);
        Assert.Equal((2L, 2L), (next.GapFrom, next.GapTo));
        Assert.Equal(8, watch.Epoch);
    }

    [Fact]
    public void The_first_raise_ever_is_number_one_with_no_previous_epoch()
    {
        var watch = new SequenceWatch(null, 0);

        var note = watch.Observe(5, 1, 1);

        Assert.False(note.EpochChanged);
        Assert.False(note.HasGap);
        Assert.False(note.LateOrDuplicate);
    }
}
